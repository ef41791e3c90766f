package org.foyer.forms.render;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses rendered HTML with the HTML5 parser and answers XPath questions about it. */
final class Dom {

  private final Document document;
  private final XPath xpath = XPathFactory.newInstance().newXPath();

  private Dom(Document document) {
    this.document = document;
  }

  static Dom parse(String html) {
    try {
      HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
      builder.setScriptingEnabled(false);
      return new Dom(builder.parse(new InputSource(new StringReader(html))));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Elements matching an XPath; the HTML parser puts elements in the XHTML namespace. */
  List<Element> all(String path) {
    try {
      String local =
          path.replaceAll("(?<![@\\w-])([a-z][a-z0-9]*)(?=[\\[/]|$)", "*[local-name()='$1']");
      NodeList nodes = (NodeList) xpath.evaluate(local, document, XPathConstants.NODESET);
      List<Element> elements = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        elements.add((Element) nodes.item(i));
      }
      return elements;
    } catch (Exception e) {
      throw new IllegalArgumentException(path, e);
    }
  }

  Element byId(String id) {
    List<Element> found = all("//*[@id='" + id + "']");
    return found.isEmpty() ? null : found.get(0);
  }
}
