package vn.customs.hotline.infrastructure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Evidence attached to reports ({@code hotline.evidence.*}); each default is written here and nowhere else. */
@ConfigMapping(prefix = "hotline.evidence")
public interface EvidenceConfig {

    /**
     * The largest file accepted, in bytes (4,000,000: under the platform's 4 MiB body limit). A body also passes the platform's {@code customs.http.max-body-bytes}
     * first, which must be at least this.
     */
    @WithDefault("4000000")
    long maxBytes();
}
