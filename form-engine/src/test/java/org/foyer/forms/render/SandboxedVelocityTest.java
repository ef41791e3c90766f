package org.foyer.forms.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SandboxedVelocityTest {

  private static String render(String template, Map<String, Object> model) {
    return new SandboxedVelocity(Map.of("t.vm", template), Duration.ofMillis(300))
        .render("t.vm", model);
  }

  private static String render(String template) {
    return render(template, Map.of("x", "text", "items", List.of("a", "b"), "m", Map.of("k", "v")));
  }

  @Test
  void insertedValuesAreHtmlEscaped() {
    assertThat(render("<p>$x</p>", Map.of("x", "<script>alert('x')</script>")))
        .isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>");
  }

  @Test
  void attributeBreakoutIsEscaped() {
    assertThat(render("<a title=\"$x\">", Map.of("x", "\" onclick=\"evil()")))
        .isEqualTo("<a title=\"&quot; onclick=&quot;evil()\">");
  }

  @Test
  void onlyEngineMarkedHtmlIsInsertedRaw() {
    assertThat(render("$x", Map.of("x", SafeHtml.trusted("<b>ok</b>")))).isEqualTo("<b>ok</b>");
  }

  @Test
  void mapsListsAndAllowedMethodsWork() {
    assertThat(render("#foreach($i in $items)$i$foreach.index #end$m.k $x.length() $items.size()"))
        .isEqualTo("a0 b1 v 4 2");
  }

  @Test
  void reachingJavaClassesIsRefused() {
    assertThatThrownBy(() -> render("$x.getClass().forName('java.lang.Runtime')"))
        .isInstanceOf(RenderRefused.class);
    assertThatThrownBy(() -> render("$x.class.forName('java.lang.Runtime').getRuntime()"))
        .isInstanceOf(RenderRefused.class);
    assertThatThrownBy(() -> render("$items.getClass()")).isInstanceOf(RenderRefused.class);
    assertThatThrownBy(() -> render("$m.getClass().getClassLoader()"))
        .isInstanceOf(RenderRefused.class);
  }

  @Test
  void methodsOutsideTheAllowListAreRefused() {
    assertThatThrownBy(() -> render("$m.put('k', 'w')")).isInstanceOf(RenderRefused.class);
    assertThatThrownBy(() -> render("$items.clear()")).isInstanceOf(RenderRefused.class);
    assertThatThrownBy(() -> render("$x.getBytes()")).isInstanceOf(RenderRefused.class);
  }

  @Test
  void undefinedReferencesAreErrorsNotSilentBlanks() {
    assertThatThrownBy(() -> render("$nothing")).isInstanceOf(RenderRefused.class);
  }

  @Test
  void readingFilesIsRefused() {
    assertThatThrownBy(() -> render("#parse('/etc/passwd')")).isInstanceOf(RenderRefused.class);
    assertThatThrownBy(() -> render("#parse('../../../../etc/passwd')"))
        .isInstanceOf(RenderRefused.class);
    assertThatThrownBy(() -> render("#include('/etc/passwd')"))
        .isInstanceOf(RenderRefused.class)
        .hasMessageContaining("#include");
  }

  @Test
  void evaluatingTextAsATemplateIsRefused() {
    assertThatThrownBy(() -> render("#evaluate($x)"))
        .isInstanceOf(RenderRefused.class)
        .hasMessageContaining("#evaluate");
  }

  @Test
  void loopsStopAtTheirBound() {
    String out = render("#foreach($i in [1..100000000])x#end");
    assertThat(out).hasSize(SandboxedVelocity.MAX_LOOPS);
  }

  @Test
  @Timeout(10)
  void nestedLoopsCannotRunForever() {
    assertThatThrownBy(
            () ->
                render(
                    "#foreach($a in [1..1000])#foreach($b in [1..1000])"
                        + "#foreach($c in [1..1000])#set($d = $c)#end#end#end"))
        .isInstanceOf(RenderRefused.class)
        .hasMessageContaining("render time");
  }

  @Test
  @Timeout(10)
  void recursiveMacrosAreBounded() {
    assertThatThrownBy(() -> render("#macro(r $n)#r($n)#end#r(1)"))
        .isInstanceOf(RenderRefused.class);
  }

  @Test
  @Timeout(10)
  void doublingAStringCannotExhaustMemory() {
    assertThatThrownBy(
            () -> render("#set($s = 'aaaaaaaa')#foreach($i in [1..60])#set($s = \"$s$s\")#end$s"))
        .isInstanceOf(RenderRefused.class);
  }

  @Test
  void modelsMayHoldOnlyInertData() {
    assertThatThrownBy(() -> render("$x", Map.of("x", new java.io.File("/etc/passwd"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> render("$x", Map.of("x", List.of(Thread.currentThread()))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
