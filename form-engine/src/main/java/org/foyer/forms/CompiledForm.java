package org.foyer.forms;

import java.util.ArrayList;
import java.util.List;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.problems.DefinitionProblem;
import org.foyer.forms.rules.RuleEvaluator;
import org.foyer.forms.scoring.Scorer;
import org.foyer.forms.scoring.ScoringReader;
import org.foyer.forms.scoring.ScoringSpec;
import org.foyer.forms.validation.AnswerValidator;
import org.foyer.forms.validation.ParseLimits;
import org.foyer.forms.validation.SubmissionParser;

/** A definition with its schemas, rules and scoring compiled once, shared across requests. */
final class CompiledForm {

  final FormDefinition definition;
  final RuleEvaluator rules;
  final AnswerValidator validator;
  final SubmissionParser parser;
  final Scorer scorer;
  final List<DefinitionProblem> scoringProblems;

  CompiledForm(FormDefinition definition, ParseLimits limits) {
    this.definition = definition;
    this.rules = new RuleEvaluator(definition);
    this.validator = new AnswerValidator(definition);
    this.parser = new SubmissionParser(definition, rules, validator, limits);
    List<DefinitionProblem> problems = new ArrayList<>();
    ScoringSpec spec = new ScoringReader().read(definition, problems);
    this.scoringProblems = List.copyOf(problems);
    this.scorer = new Scorer(spec);
  }
}
