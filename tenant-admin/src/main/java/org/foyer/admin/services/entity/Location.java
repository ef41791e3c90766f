package org.foyer.admin.services.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.foyer.core.errors.InvalidInput;

/** A place the practice sees clients: an office (with its address) or telehealth. */
@Entity
@Table(name = "location")
public class Location extends CatalogEntry {

  public static final int ADDRESS_LENGTH = 300;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LocationKind kind;

  @Column(length = ADDRESS_LENGTH)
  private String address;

  protected Location() {}

  public Location(Details details) {
    revise(details);
  }

  public void revise(Details details) {
    Details valid = details.validated();
    rename(valid.name());
    this.kind = valid.kind();
    this.address = valid.address();
  }

  public LocationKind kind() {
    return kind;
  }

  /** The street address of an office; telehealth has none. */
  public Optional<String> address() {
    return Optional.ofNullable(address);
  }

  /** What an administrator enters for a location. */
  public record Details(String name, LocationKind kind, String address) {

    /** The details trimmed, or {@link InvalidInput} naming each offending field. */
    public Details validated() {
      Map<String, String> errors = new LinkedHashMap<>();
      String cleanName = TextRules.required(errors, "name", "The name", name, NAME_LENGTH);
      String cleanAddress = null;
      if (kind == null) {
        errors.put("kind", "Choose whether this is an office or telehealth");
      } else if (kind == LocationKind.OFFICE) {
        cleanAddress =
            TextRules.required(errors, "address", "An office's address", address, ADDRESS_LENGTH);
      } else if (address != null && !address.isBlank()) {
        errors.put("address", "Telehealth locations have no street address; leave it empty");
      }
      if (!errors.isEmpty()) {
        throw new InvalidInput("The location was not saved", errors);
      }
      return new Details(cleanName, kind, cleanAddress);
    }
  }
}
