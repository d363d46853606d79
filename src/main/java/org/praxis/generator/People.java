package org.praxis.generator;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Who the generated members are: names from the regions the platform serves (West and East
 * Africa, the Middle East and North Africa, South Asia, Latin America, Europe, South-East Asia),
 * with the countries, languages and organisations that go with them. A person is drawn from the
 * seed and their account id, so nothing about them needs to stay in memory.
 */
final class People {

    /** A region: its names, countries, the languages spoken there and whether French is the usual interface language. */
    record Region(double weight, List<String> first, List<String> last, List<String> countries, List<String> languages,
                  double french) {
    }

    /** A country: ISO code, names in English and French, and a few cities. */
    record Country(String code, String en, String fr, List<String> cities) {
    }

    static final List<Region> REGIONS = List.of(
            new Region(0.20, List.of("Aminata", "Moussa", "Fatou", "Ousmane", "Mariama", "Ibrahima", "Awa", "Mamadou",
                    "Khady", "Seydou", "Adama", "Aïssatou", "Boubacar", "Ramatoulaye", "Cheikh", "Kadiatou", "Souleymane",
                    "Bintou", "Abdoulaye", "Salimata"),
                    List.of("Diallo", "Ndiaye", "Traoré", "Coulibaly", "Sow", "Keïta", "Ouédraogo", "Koné", "Camara", "Diop",
                            "Sanogo", "Barry", "Touré", "Cissé", "Kaboré", "Sawadogo", "Fall", "Dembélé", "Zongo", "Bah"),
                    List.of("SN", "ML", "BF", "CI", "NE", "BJ", "TG", "GN", "CM", "TD"), List.of("fr", "wo", "bm", "ff", "en"), 0.9),
            new Region(0.17, List.of("Kwame", "Akosua", "Chinedu", "Ngozi", "Wanjiru", "Otieno", "Amani", "Zawadi", "Tendai",
                    "Chipo", "Abebe", "Meseret", "Kofi", "Esi", "Oluwaseun", "Folake", "Grace", "Emmanuel", "Mercy", "Joseph"),
                    List.of("Mensah", "Owusu", "Okafor", "Adeyemi", "Kamau", "Odhiambo", "Mwangi", "Njoroge", "Banda", "Phiri",
                            "Tesfaye", "Bekele", "Nkurunziza", "Uwimana", "Achieng", "Boateng", "Mutua", "Chanda", "Okello", "Moyo"),
                    List.of("GH", "NG", "KE", "UG", "TZ", "ET", "RW", "ZM", "MW", "ZW"), List.of("en", "sw", "am", "yo", "fr"), 0.05),
            new Region(0.15, List.of("Amina", "Youssef", "Layla", "Omar", "Fatima", "Karim", "Nour", "Hassan", "Salma", "Rami",
                    "Yasmine", "Tarek", "Leila", "Mehdi", "Rania", "Samir", "Khadija", "Walid", "Sara", "Anas"),
                    List.of("Benali", "Haddad", "El Amrani", "Khalil", "Mansour", "Saleh", "Nasser", "Bouazizi", "Farouk",
                            "Hamdan", "Chaoui", "Aziz", "Touati", "Rahman", "Darwish", "Sabry", "Idrissi", "Jaber", "Hamdi", "Zaki"),
                    List.of("JO", "LB", "EG", "MA", "TN", "DZ", "IQ", "PS", "YE"), List.of("ar", "fr", "en"), 0.45),
            new Region(0.14, List.of("Priya", "Rahul", "Ananya", "Arjun", "Fatema", "Tanvir", "Ayesha", "Imran", "Sita", "Bikash",
                    "Nimal", "Kavya", "Rohan", "Shreya", "Nusrat", "Vikram", "Lakshmi", "Farhan", "Meera", "Sanjay"),
                    List.of("Sharma", "Patel", "Rahman", "Hossain", "Khan", "Gupta", "Iyer", "Chowdhury", "Shrestha", "Perera",
                            "Nair", "Das", "Reddy", "Malik", "Thapa", "Fernando", "Banerjee", "Akter", "Joshi", "Siddiqui"),
                    List.of("IN", "BD", "PK", "NP", "LK"), List.of("en", "hi", "bn", "ur", "ne"), 0.0),
            new Region(0.12, List.of("María", "José", "Camila", "Diego", "Valentina", "Andrés", "Lucía", "Carlos", "Ana Paula",
                    "João", "Mariana", "Felipe", "Gabriela", "Luis", "Fernanda", "Mateo", "Paola", "Ricardo", "Daniela", "Jorge"),
                    List.of("García", "Rodríguez", "Martínez", "López", "Silva", "Santos", "Oliveira", "Gómez", "Fernández",
                            "Pérez", "Souza", "Ramírez", "Torres", "Flores", "Costa", "Mendoza", "Vargas", "Castillo", "Rojas", "Lima"),
                    List.of("MX", "CO", "PE", "BR", "GT", "BO", "CL", "HT", "EC"), List.of("es", "pt", "en", "fr"), 0.1),
            new Region(0.14, List.of("Claire", "Julien", "Sophie", "Thomas", "Emma", "Lukas", "Giulia", "Marco", "Anna",
                    "Pieter", "Sarah", "David", "Camille", "Antoine", "Ingrid", "Olivier", "Hannah", "James", "Elena", "Mathieu"),
                    List.of("Martin", "Dubois", "Bernard", "Smith", "Müller", "Rossi", "Janssens", "Johnson", "Lefebvre",
                            "Schmidt", "Bianchi", "De Vries", "Brown", "Moreau", "Andersson", "Fischer", "Girard", "O'Brien",
                            "Novak", "Laurent"),
                    List.of("FR", "BE", "CH", "GB", "DE", "IT", "NL", "US", "CA", "SE"), List.of("en", "fr", "de", "it", "nl", "es"),
                    0.45),
            new Region(0.08, List.of("Thi Lan", "Minh", "Siti", "Budi", "Sokha", "Dara", "Malee", "Anong", "Wei", "Li Na",
                    "Jose Miguel", "Ana Marie", "Dewi", "Agus", "Linh", "Huong"),
                    List.of("Nguyen", "Tran", "Santoso", "Wijaya", "Sok", "Chan", "Srisai", "Wang", "Li", "Reyes", "Cruz",
                            "Dela Cruz", "Pham", "Le", "Hartono", "Bautista"),
                    List.of("PH", "VN", "ID", "KH", "TH", "LA", "MM"), List.of("en", "vi", "id", "km", "th", "tl"), 0.02));

    static final List<Country> COUNTRIES = List.of(
            new Country("SN", "Senegal", "Sénégal", List.of("Dakar", "Saint-Louis", "Thiès", "Ziguinchor")),
            new Country("ML", "Mali", "Mali", List.of("Bamako", "Ségou", "Mopti", "Kayes")),
            new Country("BF", "Burkina Faso", "Burkina Faso", List.of("Ouagadougou", "Bobo-Dioulasso", "Koudougou")),
            new Country("CI", "Côte d'Ivoire", "Côte d’Ivoire", List.of("Abidjan", "Bouaké", "Yamoussoukro")),
            new Country("NE", "Niger", "Niger", List.of("Niamey", "Zinder", "Maradi")),
            new Country("BJ", "Benin", "Bénin", List.of("Cotonou", "Porto-Novo", "Parakou")),
            new Country("TG", "Togo", "Togo", List.of("Lomé", "Kara", "Sokodé")),
            new Country("GN", "Guinea", "Guinée", List.of("Conakry", "Kankan", "Labé")),
            new Country("CM", "Cameroon", "Cameroun", List.of("Yaoundé", "Douala", "Garoua")),
            new Country("TD", "Chad", "Tchad", List.of("N'Djamena", "Moundou", "Abéché")),
            new Country("GH", "Ghana", "Ghana", List.of("Accra", "Kumasi", "Tamale")),
            new Country("NG", "Nigeria", "Nigeria", List.of("Abuja", "Lagos", "Kano", "Ibadan")),
            new Country("KE", "Kenya", "Kenya", List.of("Nairobi", "Mombasa", "Kisumu", "Garissa")),
            new Country("UG", "Uganda", "Ouganda", List.of("Kampala", "Gulu", "Mbarara")),
            new Country("TZ", "Tanzania", "Tanzanie", List.of("Dodoma", "Dar es Salaam", "Arusha")),
            new Country("ET", "Ethiopia", "Éthiopie", List.of("Addis Ababa", "Mekelle", "Hawassa")),
            new Country("RW", "Rwanda", "Rwanda", List.of("Kigali", "Huye", "Musanze")),
            new Country("ZM", "Zambia", "Zambie", List.of("Lusaka", "Ndola", "Livingstone")),
            new Country("MW", "Malawi", "Malawi", List.of("Lilongwe", "Blantyre", "Mzuzu")),
            new Country("ZW", "Zimbabwe", "Zimbabwe", List.of("Harare", "Bulawayo", "Mutare")),
            new Country("JO", "Jordan", "Jordanie", List.of("Amman", "Irbid", "Zarqa")),
            new Country("LB", "Lebanon", "Liban", List.of("Beirut", "Tripoli", "Saida")),
            new Country("EG", "Egypt", "Égypte", List.of("Cairo", "Alexandria", "Assiut")),
            new Country("MA", "Morocco", "Maroc", List.of("Rabat", "Casablanca", "Marrakech", "Fès")),
            new Country("TN", "Tunisia", "Tunisie", List.of("Tunis", "Sfax", "Sousse")),
            new Country("DZ", "Algeria", "Algérie", List.of("Alger", "Oran", "Constantine")),
            new Country("IQ", "Iraq", "Irak", List.of("Baghdad", "Erbil", "Basra")),
            new Country("PS", "Palestine", "Palestine", List.of("Ramallah", "Gaza", "Nablus")),
            new Country("YE", "Yemen", "Yémen", List.of("Sana'a", "Aden", "Taiz")),
            new Country("IN", "India", "Inde", List.of("New Delhi", "Mumbai", "Chennai", "Patna")),
            new Country("BD", "Bangladesh", "Bangladesh", List.of("Dhaka", "Chittagong", "Khulna")),
            new Country("PK", "Pakistan", "Pakistan", List.of("Islamabad", "Lahore", "Karachi")),
            new Country("NP", "Nepal", "Népal", List.of("Kathmandu", "Pokhara", "Biratnagar")),
            new Country("LK", "Sri Lanka", "Sri Lanka", List.of("Colombo", "Kandy", "Jaffna")),
            new Country("MX", "Mexico", "Mexique", List.of("Mexico City", "Oaxaca", "Guadalajara")),
            new Country("CO", "Colombia", "Colombie", List.of("Bogotá", "Medellín", "Cali")),
            new Country("PE", "Peru", "Pérou", List.of("Lima", "Cusco", "Arequipa")),
            new Country("BR", "Brazil", "Brésil", List.of("Brasília", "São Paulo", "Recife", "Salvador")),
            new Country("GT", "Guatemala", "Guatemala", List.of("Guatemala City", "Quetzaltenango")),
            new Country("BO", "Bolivia", "Bolivie", List.of("La Paz", "Cochabamba", "Santa Cruz")),
            new Country("CL", "Chile", "Chili", List.of("Santiago", "Valparaíso", "Temuco")),
            new Country("HT", "Haiti", "Haïti", List.of("Port-au-Prince", "Cap-Haïtien", "Les Cayes")),
            new Country("EC", "Ecuador", "Équateur", List.of("Quito", "Guayaquil", "Cuenca")),
            new Country("FR", "France", "France", List.of("Paris", "Lyon", "Marseille", "Bordeaux")),
            new Country("BE", "Belgium", "Belgique", List.of("Brussels", "Liège", "Antwerp")),
            new Country("CH", "Switzerland", "Suisse", List.of("Geneva", "Bern", "Lausanne")),
            new Country("GB", "United Kingdom", "Royaume-Uni", List.of("London", "Brighton", "Manchester")),
            new Country("DE", "Germany", "Allemagne", List.of("Berlin", "Bonn", "Eschborn")),
            new Country("IT", "Italy", "Italie", List.of("Rome", "Turin", "Florence")),
            new Country("NL", "Netherlands", "Pays-Bas", List.of("The Hague", "Amsterdam", "Maastricht")),
            new Country("US", "United States", "États-Unis", List.of("Washington", "New York", "Boston")),
            new Country("CA", "Canada", "Canada", List.of("Ottawa", "Montréal", "Toronto")),
            new Country("SE", "Sweden", "Suède", List.of("Stockholm", "Uppsala", "Gothenburg")),
            new Country("PH", "Philippines", "Philippines", List.of("Manila", "Cebu", "Davao")),
            new Country("VN", "Viet Nam", "Viet Nam", List.of("Hanoi", "Ho Chi Minh City", "Da Nang")),
            new Country("ID", "Indonesia", "Indonésie", List.of("Jakarta", "Yogyakarta", "Makassar")),
            new Country("KH", "Cambodia", "Cambodge", List.of("Phnom Penh", "Siem Reap", "Battambang")),
            new Country("TH", "Thailand", "Thaïlande", List.of("Bangkok", "Chiang Mai", "Khon Kaen")),
            new Country("LA", "Laos", "Laos", List.of("Vientiane", "Luang Prabang")),
            new Country("MM", "Myanmar", "Myanmar", List.of("Yangon", "Mandalay")));

    private static final List<String> INTERESTS_EN = List.of("social protection", "cash transfers", "social registries",
            "targeting", "gender", "care work", "graduation programmes", "public works", "school feeding", "health insurance",
            "pensions", "disability inclusion", "shock-responsive programmes", "climate resilience", "digital payments",
            "data protection", "grievance mechanisms", "monitoring and evaluation", "financing", "informal workers",
            "child benefits", "humanitarian cash", "interoperability", "livelihoods", "nutrition");
    private static final List<String> INTERESTS_FR = List.of("protection sociale", "transferts monétaires",
            "registres sociaux", "ciblage", "genre", "travail de soin", "filets sociaux", "cantines scolaires",
            "assurance maladie", "retraites", "inclusion du handicap", "résilience climatique", "paiements numériques",
            "protection des données", "mécanismes de plainte", "suivi-évaluation", "financement", "économie informelle",
            "allocations familiales", "moyens de subsistance", "nutrition");
    private static final List<String> ORGANISATIONS_EN = List.of("Ministry of Social Protection", "Ministry of Labour and Social Affairs",
            "National Social Security Fund", "Social Welfare Department", "Red Cross Society", "Institute for Social Policy",
            "Centre for Social Research", "Cash Working Group", "Women's Economic Empowerment Network",
            "National Statistics Office", "Disability Rights Alliance", "Rural Livelihoods Programme", "Policy Research Institute",
            "Public Health Insurance Agency", "Child Poverty Action Group", "Save the Children", "Youth Employment Initiative");
    private static final List<String> ORGANISATIONS_FR = List.of("Ministère de l’Action sociale", "Ministère de la Solidarité nationale",
            "Caisse nationale de sécurité sociale", "Agence nationale de la protection sociale", "Observatoire de la protection sociale",
            "Réseau des ONG", "Université", "Institut de recherche sur le développement", "Croix-Rouge",
            "Cellule des filets sociaux", "Registre national unifié", "Fonds national de solidarité", "Association des femmes rurales",
            "Programme national de cantines scolaires");
    private static final List<String> PSEUDONYMS = List.of("fieldworker", "data_nerd", "cashpractitioner", "sahel_voice",
            "policywonk", "registry_geek", "careworker", "devcoop", "ruralvoices", "socprotec");

    private People() {
    }

    /** The parts of one member's profile. */
    record Person(String first, String last, String country, List<String> languages, String preferredLanguage,
                  String displayName, String realName, String email, String emailKey, List<String> interests, String bio) {
    }

    static Country country(String code) {
        for (Country c : COUNTRIES) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        return COUNTRIES.get(0);
    }

    static Region region(SplittableRandom random) {
        double x = random.nextDouble();
        for (Region r : REGIONS) {
            x -= r.weight();
            if (x < 0) {
                return r;
            }
        }
        return REGIONS.get(0);
    }

    /** Member {@code id}, the same every time for the same seed. */
    static Person person(long seed, long id) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + id);
        Region region = region(random);
        String first = pick(random, region.first());
        String last = pick(random, region.last());
        String country = pick(random, region.countries());
        boolean french = random.nextDouble() < region.french();
        List<String> languages = new java.util.ArrayList<>();
        languages.add(french ? "fr" : region.languages().get(0));
        if (!languages.contains("en") && random.nextDouble() < 0.6) {
            languages.add("en");
        }
        if (random.nextDouble() < 0.4) {
            String other = pick(random, region.languages());
            if (!languages.contains(other)) {
                languages.add(other);
            }
        }
        String display;
        double d = random.nextDouble();
        if (d < 0.4) {
            display = first + " " + last.charAt(0) + ".";
        } else if (d < 0.85) {
            display = first + " " + last;
        } else if (d < 0.93) {
            display = first;
        } else {
            display = pick(random, PSEUDONYMS) + (random.nextInt(90) + 10);
        }
        String realName = random.nextDouble() < 0.7 ? first + " " + last : null;
        String local = ascii(first + "." + last).replaceAll("[^a-z0-9.]+", "") + "." + id;
        String domain = pick(random, List.of("example.org", "example.net", "example.com", "mail.example.org"));
        String email = local + "@" + domain;
        if (random.nextDouble() < 0.05) {
            email = Character.toUpperCase(email.charAt(0)) + email.substring(1);
        }
        List<String> pool = french ? INTERESTS_FR : INTERESTS_EN;
        int interestCount = random.nextDouble() < 0.3 ? 0 : 1 + random.nextInt(4);
        Set<String> interests = new java.util.LinkedHashSet<>();
        for (int i = 0; i < interestCount; i++) {
            interests.add(pick(random, pool));
        }
        String bio = random.nextDouble() < 0.4 ? Prose.bio(random, french, first, pick(random, pool)) : null;
        return new Person(first, last, country, languages, french ? "fr" : "en", display, realName, email,
                email.toLowerCase(Locale.ROOT), List.copyOf(interests), bio);
    }

    /** Distinct organisation names, in English or French after the country. */
    static List<String> institutions(SplittableRandom random, int count) {
        Set<String> keys = new HashSet<>();
        List<String> names = new java.util.ArrayList<>();
        int attempts = 0;
        while (names.size() < count) {
            Country country = pick(random, COUNTRIES);
            boolean french = Set.of("SN", "ML", "BF", "CI", "NE", "BJ", "TG", "GN", "CM", "TD", "MA", "TN", "DZ", "FR", "BE", "HT")
                    .contains(country.code()) && random.nextDouble() < 0.8;
            String city = pick(random, country.cities());
            String name;
            if (french) {
                String org = pick(random, ORGANISATIONS_FR);
                name = switch (random.nextInt(3)) {
                    case 0 -> org + " (" + country.fr() + ")";
                    case 1 -> org.equals("Université") ? "Université de " + city : org + " – " + city;
                    default -> org + " du " + country.fr();
                };
            } else {
                String org = pick(random, ORGANISATIONS_EN);
                name = switch (random.nextInt(3)) {
                    case 0 -> org + ", " + country.en();
                    case 1 -> org + " – " + city + " office";
                    default -> country.en() + " " + org;
                };
            }
            if (++attempts > count * 4) {
                name = name + " " + (names.size() + 1);
            }
            if (keys.add(name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))) {
                names.add(name);
            }
        }
        return names;
    }

    static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace(' ', '.').replace('\'', '.');
    }

    static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
