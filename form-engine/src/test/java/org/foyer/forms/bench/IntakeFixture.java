package org.foyer.forms.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foyer.forms.definition.DefinitionReader;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.rules.ClientFact;
import org.foyer.forms.json.Json;
import org.foyer.forms.populate.ClientFacts;

/**
 * A realistic 60-field adult intake (4 pages, every widget, rules, pre-fills, a repeatable group)
 * and a complete valid post for it, built in code so the benchmark has no fixtures.
 */
public final class IntakeFixture {

  public final ObjectNode json = Json.object();
  private final ObjectNode properties;
  private final ArrayNode required;
  private final ArrayNode pages;
  private ArrayNode fields;
  public final Map<String, List<String>> post = new LinkedHashMap<>();
  int fieldCount;

  public IntakeFixture() {
    json.put("id", "bench-intake").put("version", 1).put("kind", "INTAKE");
    json.putObject("title").put("en", "Adult intake").put("es", "Admisión de adultos");
    ObjectNode schema = json.putObject("schema");
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema").put("type", "object");
    schema.put("additionalProperties", false);
    required = schema.putArray("required");
    properties = schema.putObject("properties");
    pages = json.putObject("ui").putArray("pages");
    build();
  }

  public FormDefinition definition() {
    return new DefinitionReader().read(json);
  }

  public static ClientFacts facts() {
    return ClientFacts.of(
        Map.of(
            ClientFact.LEGAL_FIRST_NAME, "Ana",
            ClientFact.LEGAL_LAST_NAME, "Díaz",
            ClientFact.PREFERRED_NAME, "Annie",
            ClientFact.DATE_OF_BIRTH, "1990-02-28",
            ClientFact.EMAIL, "ana@example.org",
            ClientFact.PHONE, "555 010 2000",
            ClientFact.ADDRESS_LINE1, "12 Harbour Street",
            ClientFact.CITY, "Portland",
            ClientFact.POSTAL_CODE, "97201",
            ClientFact.EMERGENCY_CONTACT_NAME, "Luis Díaz"));
  }

  private void build() {
    page("about", "About you");
    text("firstName", "Legal first name", "Ana", true);
    text("lastName", "Legal last name", "Díaz", true);
    text("preferredName", "Preferred name", "Annie", false);
    text("pronouns", "Pronouns", "she/her", false);
    date("dateOfBirth", "Date of birth", "1990-02-28", true);
    typed("email", "email", "Email", "ana@example.org", "email");
    typed("phone", "phone", "Phone", "555 010 2000", null);
    text("address1", "Address", "12 Harbour Street", false);
    text("address2", "Address line 2", "Apt 4", false);
    text("city", "City", "Portland", false);
    text("region", "State", "OR", false);
    text("postalCode", "ZIP code", "97201", false);
    choice(
        "contactMethod",
        "radio",
        "How should we contact you?",
        List.of("phone", "email", "text"),
        "email");
    choice(
        "maritalStatus",
        "select",
        "Marital status",
        List.of("single", "married", "partnered", "divorced", "widowed"),
        "single");
    text("occupation", "Occupation", "Teacher", false);

    page("insurance", "Emergency contact and insurance");
    text("ecName", "Emergency contact", "Luis Díaz", true);
    typed("ecPhone", "phone", "Emergency contact phone", "555 010 3000", null);
    choice(
        "ecRelationship",
        "select",
        "Relationship",
        List.of("parent", "partner", "sibling", "friend", "other"),
        "sibling");
    text("insurancePayer", "Insurance company", "Blue Harbor Health", false);
    text("memberId", "Member ID", "BH123456789", false);
    text("groupNumber", "Group number", "G-7781", false);
    text("subscriberName", "Subscriber name", "Ana Díaz", false);
    date("subscriberDob", "Subscriber date of birth", "1990-02-28", false);
    yesNo("hasSecondary", "Do you have secondary insurance?", "true");
    text("secondaryPayer", "Secondary insurance company", "Cascade Mutual", false);
    text("secondaryMemberId", "Secondary member ID", "CM-5512", false);
    blob(
        "insuranceCard",
        "file",
        "Insurance card photo",
        List.of("ref", "sha256", "name", "mediaType"));

    page("health", "Your health");
    longText("reason", "What brings you here?", "Trouble sleeping and constant worry about work.");
    longText("goals", "What would you like to change?", "Sleep better and feel calmer.");
    yesNo("previousTherapy", "Have you seen a therapist before?", "true");
    longText("previousTherapyDetails", "Tell us about it", "Six sessions of CBT in 2019.");
    checkboxes(
        "symptoms",
        "Which have you noticed?",
        List.of("sleep", "appetite", "mood", "anxiety", "focus", "energy", "panic", "anger"),
        List.of("sleep", "anxiety", "focus"));
    number("sleepHours", "Hours of sleep per night", "6");
    likert("stress", "Stress this week", "4");
    likert("moodScale", "Mood this week", "2");
    likert("anxietyScale", "Anxiety this week", "4");
    yesNo("takesMedication", "Do you take medication?", "true");
    repeat("medications");
    text("allergies", "Allergies", "Penicillin", false);
    choice(
        "alcohol",
        "select",
        "Alcohol use",
        List.of("never", "monthly", "weekly", "daily"),
        "monthly");
    choice(
        "drugs", "select", "Recreational drug use", List.of("never", "past", "current"), "never");
    choice(
        "exercise",
        "radio",
        "How often do you exercise?",
        List.of("rarely", "weekly", "daily"),
        "weekly");
    text("physician", "Primary care physician", "Dr. Okafor", false);
    typed("physicianPhone", "phone", "Physician phone", "555 010 4000", null);
    yesNo("hospitalized", "Have you been hospitalized for mental health?", "false");

    page("consent", "Consent");
    info("privacyNotice", "We keep your information private as the law requires.");
    yesNo("consentTreatment", "I consent to treatment", "true");
    yesNo("consentPrivacy", "I have read the privacy notice", "true");
    yesNo("consentTelehealth", "I agree to telehealth sessions", "true");
    yesNo("consentSms", "You may send me text reminders", "false");
    longText("emergencyPlan", "What helps you in a crisis?", "Calling my brother, walking.");
    choice(
        "referral",
        "select",
        "How did you hear about us?",
        List.of("doctor", "friend", "search", "insurer", "other"),
        "doctor");
    text("referralOther", "Please tell us more", "", false);
    checkboxes(
        "preferredDays",
        "Preferred days",
        List.of("mon", "tue", "wed", "thu", "fri"),
        List.of("tue", "thu"));
    choice(
        "preferredTime",
        "radio",
        "Preferred time",
        List.of("morning", "afternoon", "evening"),
        "evening");
    choice("language", "select", "Preferred language", List.of("en", "es", "vi", "zh"), "en");
    yesNo("interpreter", "Do you need an interpreter?", "false");
    info("signNotice", "By signing you confirm the answers above are true.");
    typed("initials", "initials", "Initials", "AD", null);
    blob("signature", "signature", "Signature", List.of("ref", "sha256", "typedName"));

    ArrayNode rules = json.putArray("rules");
    rule(rules, "SHOW", "secondaryPayer", "hasSecondary", true);
    rule(rules, "SHOW", "secondaryMemberId", "hasSecondary", true);
    rule(rules, "SHOW", "previousTherapyDetails", "previousTherapy", true);
    rule(rules, "SHOW", "medications", "takesMedication", true);
    ObjectNode other = rules.addObject().put("effect", "SHOW").put("target", "referralOther");
    other.putObject("condition").put("required", false);
    ((ObjectNode) other.get("condition")).remove("required");
    ((ObjectNode) other.get("condition")).putArray("required").add("referral");
    ((ObjectNode) other.get("condition"))
        .putObject("properties")
        .putObject("referral")
        .put("const", "other");
    ObjectNode populate = json.putObject("populate");
    populate.putObject("firstName").put("fact", "LEGAL_FIRST_NAME").put("locked", true);
    populate.putObject("lastName").put("fact", "LEGAL_LAST_NAME").put("locked", true);
    populate.put("preferredName", "PREFERRED_NAME");
    populate.put("dateOfBirth", "DATE_OF_BIRTH");
    populate.put("email", "EMAIL");
    populate.put("phone", "PHONE");
    populate.put("address1", "ADDRESS_LINE1");
    populate.put("city", "CITY");
    populate.put("postalCode", "POSTAL_CODE");
    populate.put("ecName", "EMERGENCY_CONTACT_NAME");
  }

  private void page(String id, String title) {
    ObjectNode page = pages.addObject().put("id", id).put("title", title);
    ObjectNode section =
        page.putArray("sections").addObject().put("id", id + "Section").put("title", title);
    fields = section.putArray("fields");
  }

  private ObjectNode field(String name, String widget, String label) {
    fieldCount++;
    return fields.addObject().put("field", name).put("widget", widget).put("label", label);
  }

  private void text(String name, String label, String value, boolean req) {
    typed(name, "short-text", label, value, null);
    ((ObjectNode) properties.get(name)).put("maxLength", 120);
    if (req) {
      required.add(name);
    }
  }

  private void typed(String name, String widget, String label, String value, String format) {
    field(name, widget, label);
    ObjectNode p = properties.putObject(name).put("type", "string").put("maxLength", 200);
    if (format != null) {
      p.put("format", format);
      required.add(name);
    }
    if (!value.isEmpty()) {
      post.put(name, List.of(value));
    }
  }

  private void longText(String name, String label, String value) {
    field(name, "long-text", label);
    properties.putObject(name).put("type", "string").put("maxLength", 4000);
    post.put(name, List.of(value));
  }

  private void date(String name, String label, String value, boolean req) {
    field(name, "date", label);
    properties.putObject(name).put("type", "string").put("format", "date");
    if (req) {
      required.add(name);
    }
    post.put(name, List.of(value));
  }

  private void number(String name, String label, String value) {
    field(name, "number", label);
    properties.putObject(name).put("type", "integer").put("minimum", 0).put("maximum", 24);
    post.put(name, List.of(value));
  }

  private void likert(String name, String label, String value) {
    ObjectNode f = field(name, "likert", label);
    ArrayNode options = f.putArray("options");
    options.addObject().put("value", "1").put("label", "Not at all");
    options.addObject().put("value", "5").put("label", "Extremely");
    properties.putObject(name).put("type", "integer").put("minimum", 1).put("maximum", 5);
    post.put(name, List.of(value));
  }

  private void yesNo(String name, String label, String value) {
    field(name, "yes-no", label);
    ObjectNode p = properties.putObject(name).put("type", "boolean");
    if (name.startsWith("consentT") || name.equals("consentPrivacy")) {
      p.put("const", true);
      required.add(name);
    }
    post.put(name, List.of(value));
  }

  private void choice(String name, String widget, String label, List<String> values, String value) {
    ObjectNode f = field(name, widget, label);
    ArrayNode options = f.putArray("options");
    ArrayNode enumNode = properties.putObject(name).put("type", "string").putArray("enum");
    for (String v : values) {
      enumNode.add(v);
      options
          .addObject()
          .put("value", v)
          .put("label", Character.toUpperCase(v.charAt(0)) + v.substring(1));
    }
    post.put(name, List.of(value));
  }

  private void checkboxes(String name, String label, List<String> values, List<String> chosen) {
    field(name, "checkboxes", label);
    ObjectNode p = properties.putObject(name).put("type", "array").put("uniqueItems", true);
    ArrayNode enumNode = p.putObject("items").put("type", "string").putArray("enum");
    values.forEach(enumNode::add);
    post.put(name, new ArrayList<>(chosen));
  }

  private void info(String name, String text) {
    field(name, "info", text);
  }

  private void repeat(String name) {
    ObjectNode f = field(name, "repeat", "Medications").put("rows", 3);
    ArrayNode columns = f.putArray("columns");
    columns.addObject().put("field", "name").put("widget", "short-text").put("label", "Name");
    columns.addObject().put("field", "dose").put("widget", "short-text").put("label", "Dose");
    columns
        .addObject()
        .put("field", "prescriber")
        .put("widget", "short-text")
        .put("label", "Prescriber");
    ObjectNode items =
        properties.putObject(name).put("type", "array").put("maxItems", 20).putObject("items");
    items.put("type", "object").put("additionalProperties", false).putArray("required").add("name");
    ObjectNode cols = items.putObject("properties");
    for (String c : List.of("name", "dose", "prescriber")) {
      cols.putObject(c).put("type", "string").put("maxLength", 100);
    }
    post.put(name + "[0].name", List.of("Sertraline"));
    post.put(name + "[0].dose", List.of("50 mg"));
    post.put(name + "[0].prescriber", List.of("Dr. Okafor"));
    post.put(name + "[1].name", List.of("Melatonin"));
    post.put(name + "[1].dose", List.of("3 mg"));
    post.put(name + "[1].prescriber", List.of(""));
    post.put(name + "[2].name", List.of(""));
    post.put(name + "[2].dose", List.of(""));
    post.put(name + "[2].prescriber", List.of(""));
  }

  private void blob(String name, String widget, String label, List<String> parts) {
    field(name, widget, label);
    ObjectNode p = properties.putObject(name).put("type", "object");
    ObjectNode props = p.putObject("properties");
    parts.forEach(part -> props.putObject(part).put("type", "string"));
    ((ObjectNode) props.get("sha256")).put("pattern", "^[0-9a-f]{64}$");
    p.putArray("required").add("ref").add("sha256");
    post.put(name + ".ref", List.of("blob:" + name + "-1"));
    post.put(name + ".sha256", List.of("ab".repeat(32)));
    if (parts.contains("typedName")) {
      post.put(name + ".typedName", List.of("Ana Díaz"));
    } else {
      post.put(name + ".name", List.of("card.jpg"));
      post.put(name + ".mediaType", List.of("image/jpeg"));
    }
  }

  private static void rule(
      ArrayNode rules, String effect, String target, String field, boolean value) {
    ObjectNode r = rules.addObject().put("effect", effect).put("target", target);
    ObjectNode condition = r.putObject("condition");
    condition.putArray("required").add(field);
    condition.putObject("properties").putObject(field).put("const", value);
  }
}
