package uk.gov.cheltenham.psr.register;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * letters-, notification- and partner-sync-service's subject access endpoints (D4) as
 * real HTTP servers in the test JVM, each answering only register-service's token and
 * each able to go down and come back on its port. Like {@link IncidentServiceStub}, it
 * points the application at itself before other beans are made.
 */
final class SubjectAccessServiceStubs implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {

	final Stub letters = new Stub("/internal/letters/subject-access");

	final Stub notifications = new Stub("/internal/deliveries/subject-access");

	final Stub partnerSync = new Stub("/internal/disclosures/subject-access");

	private ConfigurableEnvironment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = (ConfigurableEnvironment) environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		Map<String, Object> urls = new LinkedHashMap<>();
		urls.put("psr.services.letters-service.url", this.letters.up());
		urls.put("psr.services.notification-service.url", this.notifications.up());
		urls.put("psr.services.partner-sync-service.url", this.partnerSync.up());
		this.environment.getPropertySources().addFirst(new MapPropertySource("subjectAccessServiceStubs", urls));
	}

	@Override
	public void destroy() {
		this.letters.down();
		this.notifications.down();
		this.partnerSync.down();
	}

	/** One service's endpoint. */
	static final class Stub {

		private final String path;

		private final SubjectAccessAnswer answer = new SubjectAccessAnswer();

		private volatile HttpServer server;

		private int port;

		Stub(String path) {
			this.path = path;
		}

		SubjectAccessAnswer answer() {
			return this.answer;
		}

		/**
		 * Starts listening, on the same port as before when it was down; the base URL.
		 */
		synchronized String up() {
			if (this.server == null) {
				try {
					HttpServer started = HttpServer
						.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 0);
					started.createContext("/internal/", this::handle);
					started.start();
					this.port = started.getAddress().getPort();
					this.server = started;
				}
				catch (IOException ex) {
					throw new IllegalStateException("Could not start a subject access stub", ex);
				}
			}
			return "http://127.0.0.1:" + this.port;
		}

		/** Stops listening: calls are refused as when the service is down. */
		synchronized void down() {
			if (this.server != null) {
				this.server.stop(0);
				this.server = null;
			}
		}

		private void handle(HttpExchange exchange) throws IOException {
			try (exchange) {
				if (!IncidentServiceStub.fromRegisterService(exchange.getRequestHeaders().getFirst("Authorization"))) {
					IncidentServiceStub.send(exchange, 401, "{\"title\":\"Unauthorized\"}");
				}
				else if ("GET".equals(exchange.getRequestMethod())
						&& this.path.equals(exchange.getRequestURI().getPath())) {
					this.answer.handle(exchange);
				}
				else {
					IncidentServiceStub.send(exchange, 404, "{\"title\":\"Not Found\"}");
				}
			}
		}

	}

}
