package vn.customs.declarations.domain.declaration;

import java.util.List;

/** What a declarant lodges: everything of a declaration that comes from the declarant. */
public record Lodgement(
        String lrn,
        String flow,
        String procedureCode,
        String gateCode,
        String submissionChannel,
        Party declarant,
        Counterparty counterparty,
        Party broker,
        Transport transport,
        Invoice invoice,
        List<Item> items,
        List<DocumentRef> documents) {

    public Lodgement {
        items = List.copyOf(items);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
