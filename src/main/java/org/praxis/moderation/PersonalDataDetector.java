package org.praxis.moderation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.praxis.moderation.PersonalData.Kind;
import org.springframework.stereotype.Component;

/**
 * Finds personal data a member is about to publish about themselves or others: e-mail
 * addresses, phone numbers (international, and the local forms of a few countries), IBANs,
 * street addresses with a number, and national identity numbers of a few countries. Where a
 * number carries a check digit (IBAN, French NIR, Brazilian CPF, South African ID) it must
 * check, so that references, ISBNs, DOIs, dates, years and prices pass: the guard asks people to
 * think again, and a false alarm on every statistic would teach them to ignore it.
 */
@Component
public class PersonalDataDetector {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}(?![\\w-])");

    /** +CC then 6 to 13 more digits in groups (spaces, dots, dashes, a parenthesised area code). */
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+|00)[1-9]\\d{0,2}(?:[ .\\-]?\\(?\\d{1,4}\\)?){2,6}(?!\\w)");

    /** National forms starting with a trunk 0: 06 12 34 56 78, 0612345678, 020 7946 0958, 030-1234567. */
    private static final Pattern LOCAL_PHONE = Pattern.compile(
            "(?<![\\w./-])0[1-9](?:[ .\\-]?\\d){7,9}(?![\\w/-])");

    /** North American: (555) 123-4567 or 555-123-4567. */
    private static final Pattern NANP_PHONE = Pattern.compile(
            "(?<![\\w-])(?:\\(\\d{3}\\)\\s?|\\d{3}[.\\-])\\d{3}[.\\-]\\d{4}(?![\\w-])");

    private static final Pattern IBAN = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])");

    private static final String LATIN_STREET_WORDS = "rue|avenue|av\\.|boulevard|bd|all[ée]e|chemin|impasse|place|quai|route|cours"
            + "|calle|avenida|rua|via|strasse|straße|weg|gasse|platz";
    private static final String ENGLISH_STREET_WORDS = "street|st\\.|road|rd\\.|avenue|lane|drive|way|close|boulevard|terrace|court";
    /** A name: a capital letter first, or a particle (de la, del, do...) then one. */
    private static final String NAME = "(?:(?:de la|de l'|de|du|des|del|do|da|dos|das|di)\\s+)?(?-i:\\p{Lu})[\\p{L}'’-]+";
    private static final String CAPITALISED = "(?-i:\\p{Lu})[\\p{L}'’-]*";

    /** 12 rue de la Paix, 5, avenue Habib Bourguiba, 45 Calle Mayor. */
    private static final Pattern NUMBER_STREET_NAME = Pattern.compile(
            "(?<![\\w.,/-])\\d{1,4}(?:\\s?(?:bis|ter)|[a-z])?,?\\s+(?:" + LATIN_STREET_WORDS + "|" + ENGLISH_STREET_WORDS + ")\\s+" + NAME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** 221B Baker Street, 10 Downing Street, 1600 Pennsylvania Avenue. */
    private static final Pattern NUMBER_NAME_STREET = Pattern.compile(
            "(?<![\\w.,/-])\\d{1,4}[a-z]?\\s+(?:" + CAPITALISED + "\\s+){1,3}(?:" + ENGLISH_STREET_WORDS + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Avenida Paulista 1578, Via Roma 12, Hauptstraße 5. */
    private static final Pattern STREET_NAME_NUMBER = Pattern.compile(
            "(?<![\\w-])(?:(?:" + LATIN_STREET_WORDS + ")\\s+(?:" + NAME + "\\s+){1,3}|(?-i:\\p{Lu})[\\p{L}-]*(?:strasse|straße|weg|gasse|platz)\\s+)"
                    + "\\d{1,4}[a-z]?(?![\\w./-]|,\\d|\\s*(?:%|€|\\$|km|kg|m\\b|h\\b))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern US_SSN = Pattern.compile("(?<![\\w-])(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}(?![\\w-])");

    /** French social security number: sex, year, month, department, commune, order, key. */
    private static final Pattern FR_NIR = Pattern.compile(
            "(?<![\\w-])([12])\\s?(\\d{2})\\s?(0[1-9]|1[0-2]|[2-9]\\d)\\s?(\\d{2}|2[AB])\\s?(\\d{3})\\s?(\\d{3})\\s?(\\d{2})(?![\\w-])");

    private static final Pattern BR_CPF = Pattern.compile("(?<![\\w./-])\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}(?![\\w-])");

    private static final Pattern ZA_ID = Pattern.compile("(?<![\\w-])\\d{13}(?![\\w-])");

    public List<PersonalData> scan(String text) {
        List<PersonalData> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        find(EMAIL, text, Kind.EMAIL, found);
        findChecked(IBAN, text, Kind.IBAN, found, PersonalDataDetector::validIban);
        findChecked(US_SSN, text, Kind.NATIONAL_ID, found, s -> true);
        findChecked(FR_NIR, text, Kind.NATIONAL_ID, found, PersonalDataDetector::validNir);
        findChecked(BR_CPF, text, Kind.NATIONAL_ID, found, PersonalDataDetector::validCpf);
        findChecked(ZA_ID, text, Kind.NATIONAL_ID, found, PersonalDataDetector::validSouthAfricanId);
        findChecked(INTERNATIONAL_PHONE, text, Kind.PHONE, found, PersonalDataDetector::plausiblePhone);
        findChecked(LOCAL_PHONE, text, Kind.PHONE, found, PersonalDataDetector::plausiblePhone);
        find(NANP_PHONE, text, Kind.PHONE, found);
        find(NUMBER_STREET_NAME, text, Kind.STREET_ADDRESS, found);
        find(NUMBER_NAME_STREET, text, Kind.STREET_ADDRESS, found);
        find(STREET_NAME_NUMBER, text, Kind.STREET_ADDRESS, found);
        return withoutOverlaps(found);
    }

    public boolean contains(String text) {
        return !scan(text).isEmpty();
    }

    private static void find(Pattern pattern, String text, Kind kind, List<PersonalData> found) {
        findChecked(pattern, text, kind, found, s -> true);
    }

    private static void findChecked(Pattern pattern, String text, Kind kind, List<PersonalData> found,
                                    java.util.function.Predicate<String> check) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (check.test(m.group())) {
                found.add(new PersonalData(kind, m.start(), m.end()));
            }
        }
    }

    /** The first finding wins where two overlap (an IBAN is not also a phone number). */
    private static List<PersonalData> withoutOverlaps(List<PersonalData> found) {
        List<PersonalData> kept = new ArrayList<>();
        for (PersonalData d : found) {
            if (kept.stream().noneMatch(k -> d.start() < k.end() && k.start() < d.end())) {
                kept.add(d);
            }
        }
        kept.sort(Comparator.comparingInt(PersonalData::start));
        return kept;
    }

    private static String digits(String s) {
        return s.replaceAll("\\D", "");
    }

    /** A phone number has 8 to 15 digits (E.164), and is not one digit repeated. */
    static boolean plausiblePhone(String s) {
        String d = digits(s);
        return d.length() >= 8 && d.length() <= 15 && !d.chars().allMatch(c -> c == d.charAt(0));
    }

    /** ISO 13616: country letters, check digits, then mod 97 of the rearranged number is 1. */
    static boolean validIban(String s) {
        String iban = s.replace(" ", "").toUpperCase(Locale.ROOT);
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        StringBuilder numeric = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** Key = 97 - (13 digits mod 97); Corsica's 2A and 2B count as 19 and 18. */
    static boolean validNir(String s) {
        String compact = s.replace(" ", "").toUpperCase(Locale.ROOT);
        String body = compact.substring(0, 13).replace("2A", "19").replace("2B", "18");
        if (!body.chars().allMatch(Character::isDigit)) {
            return false;
        }
        long key = Long.parseLong(compact.substring(13));
        return 97 - new BigInteger(body).mod(BigInteger.valueOf(97)).longValue() == key;
    }

    /** Two check digits, each a weighted sum mod 11; numbers of one repeated digit are not issued. */
    static boolean validCpf(String s) {
        String d = digits(s);
        if (d.length() != 11 || d.chars().allMatch(c -> c == d.charAt(0))) {
            return false;
        }
        for (int n = 9; n <= 10; n++) {
            int sum = 0;
            for (int i = 0; i < n; i++) {
                sum += (d.charAt(i) - '0') * (n + 1 - i);
            }
            int check = (sum * 10) % 11 % 10;
            if (check != d.charAt(n) - '0') {
                return false;
            }
        }
        return true;
    }

    /** YYMMDD birth date, then Luhn over the 13 digits. */
    static boolean validSouthAfricanId(String s) {
        int month = Integer.parseInt(s.substring(2, 4));
        int day = Integer.parseInt(s.substring(4, 6));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            int digit = s.charAt(12 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
