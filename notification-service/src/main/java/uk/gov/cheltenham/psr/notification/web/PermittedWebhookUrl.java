package uk.gov.cheltenham.psr.notification.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import uk.gov.cheltenham.psr.notification.subscription.WebhookUrlPolicy;

/**
 * A webhook address the {@link WebhookUrlPolicy} permits: HTTPS (or loopback HTTP where
 * switched on). Checked at the edge so that a refusal is a 400 naming the field; the
 * domain checks again.
 */
@Documented
@Constraint(validatedBy = PermittedWebhookUrl.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface PermittedWebhookUrl {

	String message() default "must be an https URL";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Created by Spring's validator factory, so the policy in force is injected. */
	class Validator implements ConstraintValidator<PermittedWebhookUrl, String> {

		private final WebhookUrlPolicy policy;

		Validator(WebhookUrlPolicy policy) {
			this.policy = policy;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || this.policy.permits(value);
		}

	}

}
