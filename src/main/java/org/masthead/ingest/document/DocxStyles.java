package org.masthead.ingest.document;

import static org.masthead.ingest.document.WordXml.attr;
import static org.masthead.ingest.document.WordXml.intAttr;
import static org.masthead.ingest.document.WordXml.kid;
import static org.masthead.ingest.document.WordXml.kids;
import static org.masthead.ingest.document.WordXml.name;
import static org.masthead.ingest.document.WordXml.onOff;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * What a Word document's styles and numbering say about a paragraph: heading level, list
 * membership and kind, quote, and the bold or italic a style brings. Styles inherit through
 * {@code basedOn}; a localized heading style ("Überschrift 1", "Titre 1") is still found by
 * the outline level Word writes into it, or by its number when the name says "heading".
 */
final class DocxStyles {

    /** How far a {@code basedOn} chain is followed: a cycle in a damaged file stops here. */
    private static final int MAX_CHAIN = 12;
    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|überschrift|titre|título|titolo|kop|rubrik|заголовок)\\s*([1-9])");

    enum Role { BODY, TITLE, SUBTITLE, HEADING, QUOTE }

    /** A paragraph role; {@code level} is the Word outline level plus one for headings. */
    record ParaRole(Role role, int level) {
        static final ParaRole BODY = new ParaRole(Role.BODY, 0);
    }

    /** A paragraph's numbering reference; {@code numId} "0" means "not numbered". */
    record NumRef(String numId, int ilvl) {
    }

    private record Style(String name, String basedOn, Integer outline, NumRef num, Boolean bold, Boolean italic) {
    }

    private final Map<String, Style> styles = new HashMap<>();
    /** numId -> abstractNumId. */
    private final Map<String, String> nums = new HashMap<>();
    /** abstractNumId -> the abstract numbering element. */
    private final Map<String, Element> abstracts = new HashMap<>();

    static final DocxStyles NONE = new DocxStyles(null, null);

    DocxStyles(Element stylesRoot, Element numberingRoot) {
        if (stylesRoot != null) {
            for (Element s : kids(stylesRoot)) {
                if (!name(s).equals("style")) continue;
                String id = attr(s, "styleId");
                if (id == null) continue;
                Element nameEl = kid(s, "name");
                Element pPr = kid(s, "pPr");
                Element rPr = kid(s, "rPr");
                Element outline = kid(pPr, "outlineLvl");
                styles.put(id, new Style(
                        nameEl == null ? "" : String.valueOf(attr(nameEl, "val")).toLowerCase(Locale.ROOT),
                        attr(kid(s, "basedOn"), "val"),
                        outline == null ? null : intAttr(outline, "val", 9),
                        numRef(kid(pPr, "numPr")),
                        onOff(kid(rPr, "b")), onOff(kid(rPr, "i"))));
            }
        }
        if (numberingRoot != null) {
            for (Element e : kids(numberingRoot)) {
                if (name(e).equals("num")) {
                    String abs = attr(kid(e, "abstractNumId"), "val");
                    if (attr(e, "numId") != null && abs != null) nums.put(attr(e, "numId"), abs);
                } else if (name(e).equals("abstractNum") && attr(e, "abstractNumId") != null) {
                    abstracts.put(attr(e, "abstractNumId"), e);
                }
            }
        }
    }

    static NumRef numRef(Element numPr) {
        if (numPr == null) return null;
        String id = attr(kid(numPr, "numId"), "val");
        if (id == null) return null;
        return new NumRef(id.strip(), Math.max(0, intAttr(kid(numPr, "ilvl"), "val", 0)));
    }

    /** The role a paragraph style gives; a direct outline level (0-8) on the paragraph wins. */
    ParaRole role(String styleId, Integer directOutline) {
        if (directOutline != null && directOutline >= 0 && directOutline < 9) return new ParaRole(Role.HEADING, directOutline + 1);
        String id = styleId;
        for (int i = 0; i < MAX_CHAIN && id != null; i++) {
            Style s = styles.get(id);
            if (s == null) return ParaRole.BODY;
            if (s.name().equals("title")) return new ParaRole(Role.TITLE, 1);
            if (s.name().equals("subtitle")) return new ParaRole(Role.SUBTITLE, 2);
            if (s.name().equals("quote") || s.name().equals("intense quote")) return new ParaRole(Role.QUOTE, 0);
            if (s.outline() != null) {
                return s.outline() >= 0 && s.outline() < 9 ? new ParaRole(Role.HEADING, s.outline() + 1) : ParaRole.BODY;
            }
            Matcher m = HEADING_NAME.matcher(s.name());
            if (m.matches()) return new ParaRole(Role.HEADING, Integer.parseInt(m.group(1)));
            id = s.basedOn();
        }
        return ParaRole.BODY;
    }

    /** The numbering a paragraph style brings (list styles such as "List Bullet"), or null. */
    NumRef styleNumbering(String styleId) {
        return inherited(styleId, Style::num);
    }

    Boolean bold(String styleId) {
        return inherited(styleId, Style::bold);
    }

    Boolean italic(String styleId) {
        return inherited(styleId, Style::italic);
    }

    private <T> T inherited(String styleId, Function<Style, T> property) {
        String id = styleId;
        for (int i = 0; i < MAX_CHAIN && id != null; i++) {
            Style s = styles.get(id);
            if (s == null) return null;
            T v = property.apply(s);
            if (v != null) return v;
            id = s.basedOn();
        }
        return null;
    }

    /**
     * Whether a numbered paragraph is a numbered (not bulleted) list item: its level's number
     * format is anything but a bullet or nothing. An abstract numbering that only links to a
     * numbering style is followed once.
     */
    boolean ordered(NumRef ref) {
        Element lvl = level(ref, 0);
        if (lvl == null) return false;
        String fmt = attr(kid(lvl, "numFmt"), "val");
        return fmt == null ? !isBulletText(attr(kid(lvl, "lvlText"), "val")) : !(fmt.equals("bullet") || fmt.equals("none"));
    }

    /** Whether the paragraph's numbering exists at all: numId 0 or an unknown id switches numbering off. */
    boolean numbered(NumRef ref) {
        return ref != null && !ref.numId().equals("0") && nums.containsKey(ref.numId());
    }

    private Element level(NumRef ref, int depth) {
        if (ref == null || depth > 2) return null;
        Element abs = abstracts.get(nums.get(ref.numId()));
        if (abs == null) return null;
        for (Element l : kids(abs)) {
            if (name(l).equals("lvl") && intAttr(l, "ilvl", -1) == ref.ilvl()) return l;
        }
        String link = attr(kid(abs, "numStyleLink"), "val");
        NumRef viaStyle = link == null ? null : styleNumbering(link);
        return viaStyle == null ? null : level(new NumRef(viaStyle.numId(), ref.ilvl()), depth + 1);
    }

    private static boolean isBulletText(String lvlText) {
        return lvlText == null || !lvlText.contains("%");
    }
}
