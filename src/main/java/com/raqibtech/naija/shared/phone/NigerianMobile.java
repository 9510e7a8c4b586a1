package com.raqibtech.naija.shared.phone;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Nigerian mobile number in any common writing; the violation message says what is wrong with it. */
@Constraint(validatedBy = NigerianMobile.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface NigerianMobile {

    String message() default "must be a Nigerian mobile number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NigerianMobile, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true; // @NotNull decides whether the number is required
            }
            NigerianPhoneNumbers.Result result = NigerianPhoneNumbers.read(value);
            if (!result.valid()) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(escape(result.problem())).addConstraintViolation();
            }
            return result.valid();
        }

        /** The message echoes what was typed: keep EL and parameter syntax in it inert. */
        private static String escape(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
