package org.masthead.ingest.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * WordprocessingML read by local name. Transitional and Strict documents use the same element
 * names under different namespaces, so matching names alone reads both.
 *
 * <p>The parser is the JDK's own, hardened: a DOCTYPE is tolerated (real documents carry one)
 * but no external entity, DTD or schema is ever loaded, and entity expansion is capped by
 * secure processing. An entity that would have needed fetching is simply left empty.
 */
final class WordXml {

    private WordXml() {
    }

    static DocumentBuilder hardenedBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            // Belt and braces: even if a feature above were ignored, nothing is fetched.
            b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            b.setErrorHandler(new ErrorHandler() {
                @Override public void warning(SAXParseException e) { }
                @Override public void error(SAXParseException e) { }
                @Override public void fatalError(SAXParseException e) throws SAXException { throw e; }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    static Element parse(DocumentBuilder builder, InputStream in) throws IOException, SAXException {
        Document d = builder.parse(in);
        return d.getDocumentElement();
    }

    static List<Element> kids(Element e) {
        List<Element> out = new ArrayList<>();
        if (e == null) return out;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) out.add(c);
        }
        return out;
    }

    static Element kid(Element e, String name) {
        if (e == null) return null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && name.equals(c.getLocalName())) return c;
        }
        return null;
    }

    /** A child's child, e.g. {@code pPr/pStyle}; null when either is missing. */
    static Element kid(Element e, String name, String inner) {
        return kid(kid(e, name), inner);
    }

    /** Every element below {@code e} (not {@code e} itself) with this local name, in document order. */
    static List<Element> descendants(Element e, String name) {
        List<Element> out = new ArrayList<>();
        var list = e.getElementsByTagNameNS("*", name);
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    static String name(Element e) {
        String n = e.getLocalName();
        return n == null ? e.getNodeName() : n;
    }

    /** A WordprocessingML attribute such as {@code w:val} by local name; a relationship id is not one. */
    static String attr(Element e, String localName) {
        return find(e, localName, false);
    }

    /** A relationship attribute such as {@code r:id} or {@code r:embed}. */
    static String relAttr(Element e, String localName) {
        return find(e, localName, true);
    }

    private static String find(Element e, String localName, boolean relationship) {
        if (e == null) return null;
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String ln = a.getLocalName() == null ? a.getName() : a.getLocalName();
            if (!ln.equals(localName)) continue;
            String ns = a.getNamespaceURI();
            boolean rel = ns != null && ns.endsWith("/relationships");
            if (rel == relationship) return a.getValue();
        }
        return null;
    }

    /**
     * An on/off property such as {@code w:b}: absent is null, present is on unless its value
     * says off.
     */
    static Boolean onOff(Element e) {
        if (e == null) return null;
        String v = attr(e, "val");
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off") || v.equalsIgnoreCase("none"));
    }

    static int intAttr(Element e, String name, int fallback) {
        String v = attr(e, name);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }
}
