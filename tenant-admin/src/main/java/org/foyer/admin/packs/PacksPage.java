package org.foyer.admin.packs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;

/** The packs page: installed packs with their forms, installing a vendor zip, removing a pack. */
@Named("packsPage")
@RequestScoped
public class PacksPage {

  @Inject PracticePacks packs;
  @Inject Instance<Caller> callers;

  private Part upload;
  private List<PackSummary> list;

  public boolean isAllowed() {
    Caller caller = callers.get();
    return caller.can(Capability.MANAGE_TEMPLATE_PACKS);
  }

  public List<PackSummary> getPacks() {
    if (list == null) {
      list = isAllowed() ? packs.listPacks(callers.get()) : List.of();
    }
    return list;
  }

  public void install() {
    PageMessages.LISTED.report(
        () -> {
          PackSummary installed = packs.install(callers.get(), read(upload));
          return "Installed \"" + installed.name() + "\" " + installed.version();
        });
    list = null;
  }

  public void remove(PackSummary pack) {
    PageMessages.LISTED.run(
        () -> packs.remove(callers.get(), pack.packKey()), "Removed \"" + pack.name() + "\"");
    list = null;
  }

  private static byte[] read(Part part) {
    if (part == null || part.getSize() == 0) {
      throw new InvalidInput("Choose a template pack zip to upload");
    }
    if (part.getSize() > PracticePacks.MAX_UPLOAD_BYTES) {
      throw new InvalidInput(
          "Upload a template pack zip of at most " + PracticePacks.MAX_UPLOAD_BYTES + " bytes");
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(PracticePacks.MAX_UPLOAD_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
