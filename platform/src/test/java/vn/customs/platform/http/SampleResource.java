package vn.customs.platform.http;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnknownObjectException;

/** A test-only resource that fails in every way a real one can. */
@Path("/api/v1/test-parcels")
@jakarta.annotation.security.PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SampleResource {

    public record Item(
            @NotNull @Pattern(regexp = "\\d{8}", message = "must be an 8-digit HS code")
            String hsCode) {}

    public enum Direction {
        IMPORT,
        EXPORT
    }

    public record NewParcel(
            @NotBlank String name,
            @NotNull @Positive BigDecimal weightKg,
            @NotNull @Size(max = 5) List<@Valid Item> items,
            Direction direction,
            java.time.LocalDate arrival,
            java.time.OffsetDateTime sealedAt,
            Integer pieces,
            Boolean fragile) {}

    public record Parcel(UUID id, String name) {}

    @POST
    public Parcel create(@Valid @NotNull NewParcel parcel) {
        return new Parcel(UUID.randomUUID(), parcel.name());
    }

    @GET
    @Path("/{id}")
    public Parcel read(@PathParam("id") UUID id) {
        throw new UnknownObjectException("parcel", id);
    }

    @POST
    @Path("/{id}/release")
    public Parcel release(@PathParam("id") UUID id) {
        throw new IllegalTransitionException("Parcel", "RELEASED", "be released");
    }

    @POST
    @Path("/{id}/weigh")
    public Parcel weigh(@PathParam("id") UUID id) {
        throw new RuleViolationException("weight-over-limit", "A parcel may weigh at most 30 kg.");
    }

    @GET
    @Path("/broken")
    public Parcel broken() {
        throw new IllegalStateException("password=hunter2 in SELECT * FROM secrets");
    }
}
