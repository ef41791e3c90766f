package org.foyer.portal.branding;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A practice's brand colour as pages may use it. Only {@code #rrggbb} is ever accepted, so nothing
 * a setting holds can break out of a stylesheet declaration. The colour itself marks the masthead;
 * an accessible variant, darkened until white text on it and it on white reach WCAG's 4.5:1,
 * colours links, buttons and the portal's top bar, so a pale brand never makes text unreadable.
 */
public record BrandColour(String hex) {

  // Before DEFAULT: the constructor of DEFAULT needs it.
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{6}");
  public static final BrandColour DEFAULT = new BrandColour("2f6f8f");
  private static final double LEGIBLE = 4.5;

  public BrandColour {
    if (hex == null || !HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("A brand colour is six lower-case hex digits");
    }
  }

  /** The colour of a setting written {@code #rrggbb}; anything else is not a colour. */
  public static Optional<BrandColour> parse(String setting) {
    if (setting == null) {
      return Optional.empty();
    }
    String value = setting.strip().toLowerCase(Locale.ROOT);
    return value.length() == 7
            && value.charAt(0) == '#'
            && HEX.matcher(value.substring(1)).matches()
        ? Optional.of(new BrandColour(value.substring(1)))
        : Optional.empty();
  }

  /** The setting's colour, or the platform's default when the setting is not a colour. */
  public static BrandColour ofSetting(String setting) {
    return parse(setting).orElse(DEFAULT);
  }

  /** This colour, darkened just enough for text against white (and white text on it). */
  public BrandColour accent() {
    int[] rgb = rgb();
    for (int percent = 100; percent >= 0; percent -= 5) {
      int[] darker = new int[3];
      for (int i = 0; i < 3; i++) {
        darker[i] = rgb[i] * percent / 100;
      }
      if (contrastWithWhite(darker) >= LEGIBLE) {
        return new BrandColour(
            String.format(Locale.ROOT, "%02x%02x%02x", darker[0], darker[1], darker[2]));
      }
    }
    return new BrandColour("000000");
  }

  /** WCAG 2 contrast ratio of this colour against white, 1 to 21. */
  public double contrastWithWhite() {
    return contrastWithWhite(rgb());
  }

  /**
   * The stylesheet for pages of this colour. {@code html:root} outranks foyer.css's {@code :root},
   * so the order in which the two sheets load does not matter.
   */
  public String stylesheet() {
    return "html:root{--foyer-brand:#" + hex + ";--foyer-accent:#" + accent().hex + "}\n";
  }

  private int[] rgb() {
    int value = Integer.parseInt(hex, 16);
    return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
  }

  private static double contrastWithWhite(int[] rgb) {
    double luminance = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    return 1.05 / (luminance + 0.05);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
