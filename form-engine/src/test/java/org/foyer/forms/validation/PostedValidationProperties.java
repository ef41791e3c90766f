package org.foyer.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.foyer.forms.SampleForms;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.bench.IntakeFixture;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.rules.RuleEvaluator;
import org.foyer.forms.rules.RuleOutcome;
import org.junit.jupiter.api.Test;

/**
 * Posted answers are checked in Java ({@link SchemaCheck}) instead of by networknt: for random
 * posts, and for answers holding any JSON at all, both give exactly the same field errors.
 */
class PostedValidationProperties {

  private static final List<FormDefinition> FORMS =
      List.of(
          new IntakeFixture().definition(),
          SampleForms.intake(),
          SampleForms.phq9(),
          SampleForms.gad7());

  @Test
  void everyTestFormTakesTheDirectPath() {
    FORMS.forEach(form -> assertThat(new AnswerValidator(form).checksDirectly()).isTrue());
  }

  @Property(tries = 1500)
  void postedAnswersGetTheErrorsNetworkntGives(
      @ForAll("posts") Tuple2<FormDefinition, Map<String, List<String>>> post) {
    FormDefinition form = post.get1();
    ObjectNode answers = Posts.parser(form).parsePost(post.get2(), Answers.EMPTY).answers().json();
    assertSameErrors(form, answers);
  }

  @Property(tries = 1500)
  void answersFromTheRecordGetTheErrorsNetworkntGives(
      @ForAll("posts") Tuple2<FormDefinition, Map<String, List<String>>> post,
      @ForAll("stored") Map<Integer, JsonNode> stored) {
    FormDefinition form = post.get1();
    ObjectNode answers = Posts.parser(form).parsePost(post.get2(), Answers.EMPTY).answers().json();
    List<String> names = List.copyOf(form.fields().keySet());
    stored.forEach((i, value) -> answers.set(names.get(i % names.size()), value));
    assertSameErrors(form, answers);
  }

  private static void assertSameErrors(FormDefinition form, ObjectNode answers) {
    AnswerValidator validator = new AnswerValidator(form);
    RuleOutcome outcome = new RuleEvaluator(form).evaluate(answers);
    assertThat(validator.validatePosted(answers, outcome))
        .isEqualTo(validator.validate(answers, outcome));
  }

  @Provide
  Arbitrary<Tuple2<FormDefinition, Map<String, List<String>>>> posts() {
    return Arbitraries.of(FORMS).flatMap(f -> RandomPosts.posts(f).map(p -> Tuple.of(f, p)));
  }

  @Provide
  Arbitrary<Map<Integer, JsonNode>> stored() {
    return Arbitraries.maps(Arbitraries.integers().between(0, 200), RandomPosts.anyJson())
        .ofMaxSize(6);
  }
}
