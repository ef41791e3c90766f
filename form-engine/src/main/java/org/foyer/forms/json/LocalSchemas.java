package org.foyer.forms.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;

/**
 * Compiles JSON Schemas (draft 2020-12) with format assertions on and with no way to fetch
 * anything: the only schemas that load are the draft's own meta-schemas, which the validator ships
 * on its classpath. A definition is untrusted vendor input, so a remote {@code $ref} must never
 * make the server open a connection.
 */
public final class LocalSchemas {

  public static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  /** The {@code email} format every compiled schema asserts; other checks must use the same. */
  public static final Format EMAIL = new EmailAddressFormat();

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder
                  .metaSchema(
                      JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                          .keywords(DateBounds.ALL)
                          .format(EMAIL)
                          .build())
                  .schemaLoaders(loaders -> loaders.values(list -> list.add(0, new Refuse()))));

  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build();

  private LocalSchemas() {}

  public static JsonSchema compile(JsonNode schema) {
    JsonSchema compiled = FACTORY.getSchema(schema, CONFIG);
    compiled.initializeValidators();
    return compiled;
  }

  /** The draft 2020-12 meta-schema, for checking that a data schema is itself well formed. */
  public static JsonSchema metaSchema() {
    return FACTORY.getSchema(SchemaLocation.of(DRAFT_2020_12), CONFIG);
  }

  /** Lets classpath IRIs through to the validator's own loader; refuses every other one. */
  private static final class Refuse implements SchemaLoader {
    @Override
    public InputStreamSource getSchema(AbsoluteIri iri) {
      String text = iri.toString();
      if (text.startsWith("classpath:")) {
        return null;
      }
      throw new RemoteSchemaRefused(text);
    }
  }
}
