package org.praxis.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.praxis.moderation.PersonalData.Kind;

/** The personal-data guard, on what members really write: what it must catch, and what it must let through. */
class PersonalDataDetectorTest {

    private final PersonalDataDetector detector = new PersonalDataDetector();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Write to me at amina.benali@gmail.com for the data                     | EMAIL
            contact: jean-marc.dupont+cop@ministere.gouv.fr                        | EMAIL
            Mon adresse : fatou_diop@yahoo.fr, merci                               | EMAIL
            priya@example.org                                                      | EMAIL
            Envoyez à élodie.müller@université.fr s'il vous plaît                  | EMAIL
            KOFI.MENSAH@UNICEF.ORG can share the file                              | EMAIL
            Call me on +33 6 12 34 56 78 tomorrow                                  | PHONE
            WhatsApp +216 20 123 456                                               | PHONE
            My number is +254 712 345678                                           | PHONE
            +221 77 123 45 67 (Dakar)                                              | PHONE
            Tel. +44 20 7946 0958                                                  | PHONE
            call +1 (555) 123-4567 after 5                                         | PHONE
            joignable au 06 12 34 56 78                                            | PHONE
            appelle le 0612345678                                                  | PHONE
            office 020 7946 0958                                                   | PHONE
            Festnetz 030-1234567                                                   | PHONE
            0033 6 12 34 56 78                                                     | PHONE
            mobile: 06.12.34.56.78                                                 | PHONE
            (555) 123-4567                                                         | PHONE
            ring 555-123-4567 now                                                  | PHONE
            +55 11 98765-4321 (São Paulo)                                          | PHONE
            IBAN GB82 WEST 1234 5698 7654 32 for the transfer                      | IBAN
            FR14 2004 1010 0505 0001 3M02 606                                      | IBAN
            DE89370400440532013000                                                 | IBAN
            RIB : TN59 1000 6035 1835 9847 8831                                    | IBAN
            pay to NL91ABNA0417164300 please                                       | IBAN
            BE68 5390 0754 7034                                                    | IBAN
            I live at 12 rue de la Paix in Paris                                   | STREET_ADDRESS
            chez moi, 5, avenue Habib Bourguiba, Tunis                             | STREET_ADDRESS
            221B Baker Street                                                      | STREET_ADDRESS
            come to 10 Downing Street                                              | STREET_ADDRESS
            1600 Pennsylvania Avenue                                               | STREET_ADDRESS
            Avenida Paulista 1578, São Paulo                                       | STREET_ADDRESS
            Hauptstraße 5 in Berlin                                                | STREET_ADDRESS
            Via Roma 12                                                            | STREET_ADDRESS
            45 Calle Mayor                                                         | STREET_ADDRESS
            3 bis boulevard Saint-Michel                                           | STREET_ADDRESS
            SSN 123-45-6789                                                        | NATIONAL_ID
            numéro de sécu 1 85 05 78 006 084 91                                   | NATIONAL_ID
            NIR 185057800608491                                                    | NATIONAL_ID
            CPF 529.982.247-25                                                     | NATIONAL_ID
            my ID 8001015009087                                                    | NATIONAL_ID
            """)
    void catches(String text, Kind kind) {
        assertThat(detector.scan(text)).extracting(PersonalData::kind).contains(kind);
    }

    @ParameterizedTest(name = "passes: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The meeting is on 2024-05-12 at 14:30.
            Réunion le 12/05/2024 à Tunis
            between 2019 and 2023 the coverage doubled
            The programme started in 1998.
            over 2019-2023
            It costs $1,250.00 per household
            une allocation de 3 500 € par an
            a budget of EUR 12,000,000
            see doi:10.1371/journal.pone.0123456
            https://doi.org/10.1000/xyz123
            ISBN 978-3-16-148410-0
            ISBN 0-306-40615-2
            45% of households were reached
            version 2.10.3 of the app
            pp. 123-145
            12 345 678 people live in the region
            Law 2019-345 on social protection
            Decree No. 2014-1234
            a population of 11,818,619
            the 2021/22 annual report
            grant number 1234567890
            reference 0123
            a ratio of 1:5
            +5% growth in enrolment
            a score of +12 points
            The workshop took place in 2019.
            We drove Route 66 in 1999.
            Chapter 12 Street children and social work
            a 3 way split of the budget
            Table 4 shows the results
            week 36, 2024
            GPS 36.8065, 10.1815
            phone numbers are not to be shared here
            write to the secretariat through the form
            the avenue of reform is long
            SDG 1.3 targets social protection floors
            ILO Convention 102 (1952)
            1,000,000 beneficiaries by 2030
            call for papers 2025
            Monday 09:00-12:30 and 14:00-17:00
            code 20230512
            ratio 0.612345678 in the model
            the 5th street festival
            12 Streets of Tunis, a photo book
            IBAN is a bank account format
            FR00 is not an account
            US$ 2.5 billion
            """)
    void letsThrough(String text) {
        assertThat(detector.scan(text)).as(text).isEmpty();
    }
}
