package com.raqibtech.naija.shared.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Nigerian mobile numbers however people write them (0803 123 4567, 803-123-4567, +234 803 123 4567,
 * 2348031234567) to E.164 (+2348031234567), with libphonenumber's metadata deciding what is valid.
 */
public final class NigerianPhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String NIGERIA = "NG";

    private NigerianPhoneNumbers() {
    }

    /** The outcome of reading a number: the E.164 form, or why it was refused (a sentence for the customer). */
    public record Result(String e164, String problem) {
        public boolean valid() {
            return e164 != null;
        }
    }

    public static Result read(String input) {
        if (input == null || input.isBlank()) {
            return refused("Give a phone number, e.g. 0803 123 4567.");
        }
        String text = input.trim();
        if (!text.matches("[+0-9 ()\\-.]{7,25}")) {
            return refused("A phone number has only digits, spaces, dashes and an optional leading +.");
        }
        String digits = text.replaceAll("[^0-9+]", "");
        // "2348031234567" without the plus is the international form too.
        if (digits.startsWith("234") && digits.length() == 13) {
            digits = "+" + digits;
        }
        PhoneNumber number;
        try {
            number = PHONES.parse(digits, NIGERIA);
        } catch (NumberParseException unreadable) {
            return refused("'" + text + "' is not a phone number we can read; write it like 0803 123 4567.");
        }
        if (number.getCountryCode() != 234) {
            return refused("Only Nigerian numbers (+234) are accepted; '" + text + "' is from another country.");
        }
        if (!PHONES.isValidNumberForRegion(number, NIGERIA)) {
            return refused("'" + text + "' is not a valid Nigerian number: check the prefix and that it has 11 "
                    + "digits, like 0803 123 4567.");
        }
        PhoneNumberType type = PHONES.getNumberType(number);
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            return refused("'" + text + "' is a landline; give a mobile number (070, 080, 081, 090, 091...).");
        }
        return new Result(PHONES.format(number, PhoneNumberFormat.E164), null);
    }

    /** E.164 of a number known to be valid; throws IllegalArgumentException with the reason otherwise. */
    public static String toE164(String input) {
        Result result = read(input);
        if (!result.valid()) {
            throw new IllegalArgumentException(result.problem());
        }
        return result.e164();
    }

    private static Result refused(String problem) {
        return new Result(null, problem);
    }
}
