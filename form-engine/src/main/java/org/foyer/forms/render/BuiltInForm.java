package org.foyer.forms.render;

import java.util.Map;
import org.foyer.forms.render.FormPlan.PagePlan;
import org.foyer.forms.render.FormPlan.SectionPlan;

/**
 * The built-in layout ({@code form.vm}) written in Java. The engine trusts its own layout, so it
 * need not go through the sandbox: a form's static markup comes from its {@link FormPlan} and only
 * values, errors, checked states and rule effects are written per render. Pack layouts still run in
 * sandboxed Velocity; the test {@code BuiltInFormTest} holds this writer to {@code form.vm}'s exact
 * output.
 */
final class BuiltInForm {

  // A form's HTML is tens of kilobytes; each thread keeps its buffers, trimmed if one grew large.
  private static final ThreadLocal<StringBuilder[]> BUFFERS =
      ThreadLocal.withInitial(
          () -> new StringBuilder[] {new StringBuilder(64 * 1024), new StringBuilder(4 * 1024)});

  private BuiltInForm() {}

  static String render(ViewContext ctx, RenderOptions options) {
    FormPlan plan = FormPlan.of(ctx.definition, ctx.locale);
    StringBuilder[] buffers = BUFFERS.get();
    if (buffers[0].capacity() > 1024 * 1024) {
      buffers[0] = new StringBuilder(64 * 1024);
    }
    StringBuilder body = buffers[0];
    StringBuilder head = buffers[1];
    body.setLength(0);
    head.setLength(0);
    try {
      pages(plan, ctx, body);
      head(plan, ctx, options, head);
      return new StringBuilder(head.length() + body.length() + 160)
          .append(head)
          .append(body)
          .append("<div class=\"foyer-actions\">\n")
          .append("<button type=\"submit\" name=\"_action\" value=\"submit\">")
          .append(plan.text("submit"))
          .append("</button>\n</div>\n</form>\n")
          .toString();
    } finally {
      // Never keep a client's answers in a pooled thread's buffer.
      body.setLength(0);
      head.setLength(0);
    }
  }

  private static void pages(FormPlan plan, ViewContext ctx, StringBuilder out) {
    BuiltInFields fields = new BuiltInFields(ctx, plan, out);
    for (PagePlan page : plan.pages) {
      out.append("<section class=\"foyer-page\" id=\"")
          .append(page.idHtml())
          .append("\" aria-labelledby=\"")
          .append(page.headingIdHtml())
          .append("\">\n<h2 id=\"")
          .append(page.headingIdHtml())
          .append("\">")
          .append(page.titleHtml())
          .append("</h2>\n");
      for (SectionPlan section : page.sections()) {
        out.append("<div class=\"foyer-section\" id=\"")
            .append(section.idHtml())
            .append("\" data-foyer-target=\"")
            .append(section.targetHtml())
            .append('"');
        if (ctx.outcome.isHidden(section.id())) {
          out.append(" hidden");
        }
        out.append(">\n");
        if (!section.titleHtml().isEmpty()) {
          out.append("<h3>").append(section.titleHtml()).append("</h3>\n");
        }
        for (FieldPlan field : section.fields()) {
          fields.topLevel(field);
          out.append('\n');
        }
        out.append("</div>\n");
      }
      out.append("</section>\n");
    }
  }

  private static void head(
      FormPlan plan, ViewContext ctx, RenderOptions options, StringBuilder out) {
    out.append("<form class=\"foyer-form\" id=\"foyer-form-")
        .append(plan.formIdHtml)
        .append("\" method=\"post\" action=\"");
    Html.escapeInto(out, options.action());
    out.append("\" novalidate");
    if (plan.multipart) {
      out.append(" enctype=\"multipart/form-data\"");
    }
    if (!options.signatureUploadUrl().isEmpty()) {
      out.append(" data-foyer-upload=\"");
      Html.escapeInto(out, options.signatureUploadUrl());
      out.append('"');
    }
    out.append(" data-foyer-rules=\"").append(plan.rulesJsonHtml).append("\">\n");
    options.hiddenInputs().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              out.append("<input type=\"hidden\" name=\"");
              Html.escapeInto(out, e.getKey());
              out.append("\" value=\"");
              Html.escapeInto(out, e.getValue());
              out.append("\">\n");
            });
    if (ctx.errors.isEmpty()) {
      return;
    }
    out.append(
            "<div class=\"foyer-error-summary\" id=\"foyer-error-summary\" role=\"alert\""
                + " tabindex=\"-1\" aria-labelledby=\"foyer-error-summary-title\">\n"
                + "<h2 id=\"foyer-error-summary-title\">")
        .append(plan.text("summaryTitle"))
        .append("</h2>\n<ul>\n");
    for (Map.Entry<String, String> e : ctx.errors.entrySet()) {
      String target = ctx.errorTargets.get(e.getKey());
      String label = ctx.errorLabels.get(e.getKey());
      out.append("<li><a href=\"#");
      Html.escapeInto(out, target == null ? plan.firstFieldId : target);
      out.append("\">");
      Html.escapeInto(
          out, LabelLeads.lead(label == null ? (String) ctx.texts.get("formError") : label));
      out.append(' ');
      Html.escapeInto(out, e.getValue());
      out.append("</a></li>\n");
    }
    out.append("</ul>\n</div>\n");
  }

  /** The few values {@code page.vm} needs around a built-in form. */
  static Map<String, Object> pageModel(ViewContext ctx, RenderOptions options) {
    return Views.map(
        "form",
        Views.map(
            "lang", ctx.locale.getLanguage(),
            "title", ctx.definition.title().text(ctx.locale),
            "stylesheetUrl", options.stylesheetUrl(),
            "scriptUrl", options.scriptUrl()));
  }
}
