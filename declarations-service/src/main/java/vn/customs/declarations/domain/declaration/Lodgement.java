package vn.customs.declarations.domain.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.customs.platform.domain.UnitCode;

/** What a declarant lodges: everything of a declaration that comes from the declarant. */
public record Lodgement(
        String lrn,
        Flow flow,
        String procedureCode,
        UnitCode gateCode,
        SubmissionChannel submissionChannel,
        Party declarant,
        Counterparty counterparty,
        Party broker,
        Transport transport,
        Invoice invoice,
        List<Item> items,
        List<DocumentRef> documents) {

    /** What registration refuses although the request was well formed. */
    public List<String> registrationProblems(LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (invoice.date().isAfter(today)) {
            problems.add("The invoice is dated after today (" + invoice.date() + ").");
        }
        if (transport.arrivalDate() != null && transport.arrivalDate().isAfter(today.plusDays(30))) {
            problems.add("The goods arrive more than 30 days from now (" + transport.arrivalDate() + ").");
        }
        return problems;
    }

    public Lodgement {
        items = List.copyOf(items);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
