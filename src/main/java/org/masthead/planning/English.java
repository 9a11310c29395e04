package org.masthead.planning;

/** Small pieces of English the planner prints: ordinals, plurals and "a" or "an" before a number. */
public final class English {

    private English() {
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th. */
    public static String ordinal(int n) {
        int mod100 = Math.abs(n) % 100;
        String suffix;
        if (mod100 >= 11 && mod100 <= 13) {
            suffix = "th";
        } else {
            suffix = switch (Math.abs(n) % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return n + suffix;
    }

    /** "1 part", "4 parts", "2 entries", "3 boxes". */
    public static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    /** The regular English plural of a noun. */
    public static String plural(String noun) {
        if (noun.isEmpty()) return noun;
        String lower = noun.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return noun + "es";
        }
        return noun + "s";
    }

    /**
     * True when a number written in digits is read with a vowel sound first: eight, eleven,
     * eighteen, eighty..., eight hundred..., eleven thousand...; so "an 8-part series", "an 11th".
     */
    public static boolean startsWithVowelSound(String digits) {
        if (digits.isEmpty() || !Character.isDigit(digits.charAt(0))) {
            return !digits.isEmpty() && "aeiouAEIOU".indexOf(digits.charAt(0)) >= 0;
        }
        int end = 0;
        while (end < digits.length() && Character.isDigit(digits.charAt(end))) end++;
        String num = digits.substring(0, end);
        if (num.charAt(0) == '8') return true;
        // Read in groups of three: the leading group decides ("11,000" is "eleven thousand").
        int lead = num.length() % 3 == 0 ? 3 : num.length() % 3;
        String group = num.substring(0, lead);
        return group.equals("11") || group.equals("18");
    }
}
