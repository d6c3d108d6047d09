package uk.gov.cheltenham.psr.platform.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

import uk.gov.cheltenham.psr.platform.security.ResourceServerSecurityConfiguration;
import uk.gov.cheltenham.psr.platform.web.OpenApiConfiguration;
import uk.gov.cheltenham.psr.platform.web.ProblemDetailsAdvice;
import uk.gov.cheltenham.psr.platform.web.WebInputConfiguration;

/**
 * Put on a service's application class: outbox, idempotent consumers, JWT security (deny
 * by default) and problem details (odd headers, Tomcat's own refusals and NUL characters
 * included), the same in every service.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({ PlatformConfiguration.class, ResourceServerSecurityConfiguration.class, ProblemDetailsAdvice.class,
		OpenApiConfiguration.class, WebInputConfiguration.class })
public @interface EnablePsrPlatform {

}
