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
                                                    pattern = Bounds.IF_MATCH))
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
import vn.customs.platform.http.Bounds;
