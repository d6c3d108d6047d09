package uk.gov.cheltenham.psr.platform.web;

import org.apache.catalina.core.StandardHost;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * How every service reads and refuses requests before they reach a controller: odd
 * headers, Tomcat's own refusals and NUL characters all answer as problem details (4xx),
 * never a 500 or an HTML page.
 */
@Configuration(proxyBeanMethods = false)
public class WebInputConfiguration {

	@Bean
	FilterRegistrationBean<RequestHeadersFilter> requestHeadersFilter() {
		FilterRegistrationBean<RequestHeadersFilter> registration = new FilterRegistrationBean<>(
				new RequestHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** JSON bodies are small; a larger one is refused before it is read (413). */
	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
			@Value("${psr.web.max-request-body:1MB}") DataSize maxRequestBody) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(maxRequestBody.toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/** Tomcat's own refusals answer as problem details too. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

	/**
	 * A NUL character is never meaningful text and PostgreSQL cannot store it: refused
	 * while reading, as a 400 naming the field, not when writing.
	 */
	@Bean
	JsonMapperBuilderCustomizer refuseNulCharacters() {
		SimpleModule module = new SimpleModule("refuse-nul-characters");
		module.addDeserializer(String.class, new StringDeserializer() {

			@Override
			public String deserialize(JsonParser parser, DeserializationContext context) {
				String value = super.deserialize(parser, context);
				if (value != null && value.indexOf('\u0000') >= 0) {
					return (String) context.handleWeirdStringValue(String.class, value,
							"NUL characters are not allowed");
				}
				return value;
			}

		});
		return (builder) -> builder.addModule(module);
	}

}
