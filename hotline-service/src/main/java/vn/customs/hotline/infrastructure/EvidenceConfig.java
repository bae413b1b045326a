package vn.customs.hotline.infrastructure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Evidence attached to reports ({@code hotline.evidence.*}); each default is written here and nowhere else. */
@ConfigMapping(prefix = "hotline.evidence")
public interface EvidenceConfig {

    /**
     * The largest file accepted, in bytes (5 MiB). A body also passes the platform's {@code customs.http.max-body-bytes}
     * first, which must be at least this.
     */
    @WithDefault("5242880")
    long maxBytes();
}
