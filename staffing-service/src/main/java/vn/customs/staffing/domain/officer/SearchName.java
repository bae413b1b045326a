package vn.customs.staffing.domain.officer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name folded for search: lower case, without Vietnamese diacritics and with single spaces, so that "hoang van"
 * finds "Hoàng Văn". The letter đ has no decomposition in Unicode and is mapped by hand.
 */
public final class SearchName {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchName() {}

    public static String of(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }
}
