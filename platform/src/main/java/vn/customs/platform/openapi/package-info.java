/**
 * What every service's OpenAPI document shares, declared once: the server (the service itself, so that Swagger UI
 * and generated clients call the host the document came from), the parameters every list and every update takes
 * ({@link vn.customs.platform.openapi.SharedParameters}), with the bounds the platform enforces, and the bounds of the
 * Java types every document uses ({@link vn.customs.platform.openapi.TypeBounds}). Each service's title and
 * description come from its {@code quarkus.smallrye-openapi.info-*} configuration.
 *
 * <p>SmallRye reads an {@code @OpenAPIDefinition} outside a JAX-RS {@code Application} only on a package.
 */
@OpenAPIDefinition(
        info = @Info(title = "Customs operations suite", version = "v1"),
        servers =
                @Server(
                        url = "/",
                        description = "The service that serves this document: production, staging or the local"
                                + " ./suite up alike",
                        extensions = @Extension(name = "x-internal", value = "false", parseValue = true)),
        components =
                @Components(
                        parameters = {
                            @Parameter(
                                    name = SharedParameters.LIMIT,
                                    in = ParameterIn.QUERY,
                                    description = "Items per page, " + Bounds.LIMIT_MINIMUM + " to "
                                            + Bounds.LIMIT_MAXIMUM + " (default " + Bounds.LIMIT_DEFAULT + ")",
                                    schema =
                                            @Schema(
                                                    type = SchemaType.INTEGER,
                                                    format = "int32",
                                                    minimum = Bounds.LIMIT_MINIMUM,
                                                    maximum = Bounds.LIMIT_MAXIMUM,
                                                    defaultValue = Bounds.LIMIT_DEFAULT)),
                            @Parameter(
                                    name = SharedParameters.CURSOR,
                                    in = ParameterIn.QUERY,
                                    description =
                                            "The cursor of the previous page's next link; absent for the first page",
                                    schema =
                                            @Schema(
                                                    type = SchemaType.STRING,
                                                    maxLength = Bounds.CURSOR_MAX_LENGTH,
                                                    pattern = Bounds.CURSOR_PATTERN)),
                            @Parameter(
                                    name = SharedParameters.IF_MATCH,
                                    in = ParameterIn.HEADER,
                                    description = "The ETag of the object as last read, quotes included (\"3\")",
                                    example = "\"3\"",
                                    schema =
                                            @Schema(
                                                    type = SchemaType.STRING,
                                                    maxLength = Bounds.HEADER_MAX_LENGTH,
                                                    pattern = Bounds.IF_MATCH)),
                            @Parameter(
                                    name = SharedParameters.GATE,
                                    in = ParameterIn.QUERY,
                                    description = "A gate's unit code",
                                    example = "HUU_NGHI",
                                    schema =
                                            @Schema(
                                                    type = SchemaType.STRING,
                                                    pattern = UnitCode.PATTERN,
                                                    maxLength = UnitCode.MAX_LENGTH)),
                            @Parameter(
                                    name = SharedParameters.UNIT,
                                    in = ParameterIn.QUERY,
                                    description = "A unit's code",
                                    example = "HUU_NGHI",
                                    schema =
                                            @Schema(
                                                    type = SchemaType.STRING,
                                                    pattern = UnitCode.PATTERN,
                                                    maxLength = UnitCode.MAX_LENGTH)),
                            @Parameter(
                                    name = SharedParameters.ON,
                                    in = ParameterIn.QUERY,
                                    description = "The day asked about (default today)",
                                    example = "2026-07-01",
                                    schema = @Schema(type = SchemaType.STRING, format = "date")),
                            @Parameter(
                                    name = SharedParameters.FROM,
                                    in = ParameterIn.QUERY,
                                    description = "First day of the period (default: the first day of the quarter)",
                                    example = "2026-04-01",
                                    schema = @Schema(type = SchemaType.STRING, format = "date")),
                            @Parameter(
                                    name = SharedParameters.TO,
                                    in = ParameterIn.QUERY,
                                    description = "Last day of the period (default today)",
                                    example = "2026-06-30",
                                    schema = @Schema(type = SchemaType.STRING, format = "date")),
                            @Parameter(
                                    name = SharedParameters.KNOWN_AT,
                                    in = ParameterIn.QUERY,
                                    description = "Answer as known at this moment (default now)",
                                    example = "2026-07-01T00:00:00+07:00",
                                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                        }))
package vn.customs.platform.openapi;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.http.Bounds;
