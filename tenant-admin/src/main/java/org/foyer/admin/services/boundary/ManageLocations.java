package org.foyer.admin.services.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.foyer.admin.services.entity.Location;
import org.foyer.admin.services.entity.LocationKind;

/** The locations page: offices with their address, and telehealth. */
@Named("manageLocations")
@ViewScoped
public class ManageLocations extends CatalogPage<Location, Location.Details> {

  private static final long serialVersionUID = 1L;

  @Inject transient Locations locations;

  private LocationKind kind = LocationKind.OFFICE;
  private String address;

  public List<Location> getLocations() {
    return entries();
  }

  public List<LocationKind> getKinds() {
    return Arrays.asList(LocationKind.values());
  }

  @Override
  protected CatalogService<Location, Location.Details> service() {
    return locations;
  }

  @Override
  protected Location.Details details(String name) {
    return new Location.Details(name, kind, kind == LocationKind.TELEHEALTH ? null : address);
  }

  @Override
  protected void showFields(Location location) {
    kind = location.kind();
    address = location.address().orElse("");
  }

  @Override
  protected void clearFields() {
    kind = LocationKind.OFFICE;
    address = null;
  }

  public LocationKind getKind() {
    return kind;
  }

  public void setKind(LocationKind kind) {
    this.kind = kind;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public int getAddressLength() {
    return Location.ADDRESS_LENGTH;
  }
}
