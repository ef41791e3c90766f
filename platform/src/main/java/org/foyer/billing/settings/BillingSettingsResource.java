package org.foyer.billing.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.admin.staff.StaffId;
import org.foyer.billing.BillingIdentity;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/**
 * The practice's billing fees, what superbills name it and its clinicians by, and its processor.
 */
@Path("p/{slug}/billing-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BillingSettingsResource {

  @Inject BillingSettingsService settings;
  @Inject ClinicianNpiSettings clinicianNpis;
  @Inject Caller caller;

  /** The processor to connect and its secrets, sealed at once and never shown again. */
  public record Processor(
      String gateway, String secretKey, String webhookSecret, String publishableKey) {

    @Override
    public String toString() {
      return "Processor[" + gateway + ", secrets hidden]";
    }
  }

  @GET
  @Path("fees")
  @Operation(summary = "The late-cancellation and no-show fees, in minor units")
  public FeeSettings fees() {
    return settings.fees(caller);
  }

  @PUT
  @Path("fees")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the late-cancellation and no-show fees (0 for none)")
  public FeeSettings changeFees(FeeSettings fees) {
    return settings.changeFees(caller, fees);
  }

  @GET
  @Path("identity")
  @Operation(summary = "What superbills name the practice by: NPI, tax id, place of service")
  public BillingIdentity identity() {
    return settings.identity(caller);
  }

  @PUT
  @Path("identity")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the practice's NPI, tax id (EIN) and place-of-service code")
  public BillingIdentity changeIdentity(BillingIdentity identity) {
    return settings.changeIdentity(caller, identity);
  }

  /** A clinician's own NPI; null or blank removes it. */
  public record ClinicianNpiChange(String npi) {}

  @GET
  @Path("clinician-npis")
  @Operation(summary = "Each clinician and the NPI superbills print beside their sessions")
  public List<ClinicianNpiView> clinicianNpis() {
    return clinicianNpis.list(caller);
  }

  @PUT
  @Path("clinician-npis/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Keep a clinician's NPI (ten digits, checked), or remove it with none")
  public ClinicianNpiView changeClinicianNpi(
      @PathParam("id") StaffId clinician, ClinicianNpiChange change) {
    if (change == null) {
      throw new InvalidInput("Send the NPI as a JSON object, {\"npi\": null} to remove it");
    }
    return clinicianNpis.change(caller, clinician.value(), change.npi());
  }

  @GET
  @Path("processor")
  @Operation(summary = "How the practice takes cards; secrets only as kept or not, never shown")
  public ProcessorView processor() {
    return settings.processor(caller);
  }

  @PUT
  @Path("processor")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Connect the practice's payment processor (MANUAL, TEST or STRIPE) with its keys")
  public Response connect(Processor processor) {
    if (processor == null) {
      throw new InvalidInput("Send the processor as a JSON object");
    }
    settings.connect(
        caller,
        processor.gateway(),
        processor.secretKey(),
        processor.webhookSecret(),
        processor.publishableKey());
    return Response.noContent().build();
  }
}
