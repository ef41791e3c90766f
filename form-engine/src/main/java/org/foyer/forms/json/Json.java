package org.foyer.forms.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The engine's single Jackson configuration: strict about duplicates, lenient about nothing. */
public final class Json {

  /**
   * Duplicate keys are refused because a definition or an answer document with two values for one
   * key means different things to different readers (the browser keeps the last one).
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxNumberLength(100)
                .maxStringLength(1_000_000)
                .build());
  }

  /**
   * Records as stored in JSON columns: field names as the record's, absent values left out,
   * instants as ISO-8601 text. Leaving nulls out keeps a record's canonical hash what it was when
   * the field was written by hand.
   */
  private static final ObjectMapper RECORDS =
      MAPPER
          .copy()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private Json() {}

  /** A record (or a list of them) as a JSON tree, the way it is stored. */
  public static JsonNode tree(Object value) {
    return RECORDS.valueToTree(value);
  }

  /** A record (or a list of them) as stored JSON text. */
  public static String store(Object value) {
    return write(tree(value));
  }

  /**
   * Reads what {@link #store} wrote. Fields the type no longer has are ignored, so rows written by
   * an older version still read.
   */
  public static <T> T read(String text, TypeReference<T> type) {
    try {
      return RECORDS.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new MalformedJson(e.getOriginalMessage(), e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Parses text, turning Jackson's checked exception into {@link MalformedJson}. */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new MalformedJson(e.getOriginalMessage(), e);
    }
  }

  public static JsonNode parse(byte[] utf8) {
    try {
      return MAPPER.readTree(utf8);
    } catch (JsonProcessingException e) {
      throw new MalformedJson(e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new MalformedJson(e.getMessage(), e);
    }
  }

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
