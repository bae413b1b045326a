package vn.customs.hotline.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.customs.hotline.domain.evidence.EvidenceInspector;

/** Turns {@link EvidenceConfig} into the inspector the use cases take; they never see the configuration. */
@ApplicationScoped
public class EvidenceSettings {

    @Produces
    @Singleton
    EvidenceInspector evidenceInspector(EvidenceConfig config) {
        return new EvidenceInspector(config.maxBytes());
    }
}
