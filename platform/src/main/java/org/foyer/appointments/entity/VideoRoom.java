package org.foyer.appointments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.persistence.TenantOwned;

/**
 * A clinician's video room: the https link clients follow for telehealth appointments. One per
 * clinician, changed in place.
 */
@Entity
@Table(name = "clinician_video_room")
public class VideoRoom extends TenantOwned {

  public static final int URL_LENGTH = 500;

  @Column(name = "clinician_id", nullable = false, updatable = false)
  private UUID clinicianId;

  @Column(nullable = false, length = URL_LENGTH)
  private String url;

  protected VideoRoom() {}

  public VideoRoom(UUID clinicianId, String url) {
    this.clinicianId = Objects.requireNonNull(clinicianId, "clinician");
    change(url);
  }

  /** Only an https address with a host: a client's browser opens it from the portal. */
  public void change(String newUrl) {
    this.url = checked(newUrl);
  }

  public static String checked(String text) {
    String message = "Enter the video room as an https:// address, at most 500 characters";
    if (text == null || text.isBlank() || text.strip().length() > URL_LENGTH) {
      throw new InvalidInput(message, Map.of("videoLink", message));
    }
    String candidate = text.strip();
    try {
      URI uri = new URI(candidate);
      if (!"https".equals(uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT))
          || uri.getHost() == null
          || uri.getUserInfo() != null) {
        throw new InvalidInput(message, Map.of("videoLink", message));
      }
    } catch (URISyntaxException e) {
      throw new InvalidInput(message, Map.of("videoLink", message));
    }
    return candidate;
  }

  public UUID clinicianId() {
    return clinicianId;
  }

  public String url() {
    return url;
  }
}
