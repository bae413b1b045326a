package vn.customs.declarations.domain.declaration;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * What a declaration says, as the declarant lodged it or last amended it: the LRN, flow and gate that name it (set
 * once), the parties, transport, invoice, items with their computed duties, and the documents. The lifecycle lives in
 * {@link Declaration}.
 */
@MappedSuperclass
public abstract class LodgedContent {

    private String lrn;
    private String contentHash;

    @Enumerated(EnumType.STRING)
    private Flow flow;

    private String procedureCode;
    private UnitCode gateCode;

    @Enumerated(EnumType.STRING)
    private SubmissionChannel submissionChannel;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "taxId", column = @Column(name = "declarant_tax_id")),
        @AttributeOverride(name = "name", column = @Column(name = "declarant_name")),
        @AttributeOverride(name = "address", column = @Column(name = "declarant_address")),
        @AttributeOverride(name = "country", column = @Column(name = "declarant_country"))
    })
    private Party declarant;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "taxId", column = @Column(name = "counterparty_tax_id")),
        @AttributeOverride(name = "name", column = @Column(name = "counterparty_name")),
        @AttributeOverride(name = "address", column = @Column(name = "counterparty_address")),
        @AttributeOverride(name = "country", column = @Column(name = "counterparty_country"))
    })
    private Counterparty counterparty;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "taxId", column = @Column(name = "broker_tax_id")),
        @AttributeOverride(name = "name", column = @Column(name = "broker_name")),
        @AttributeOverride(name = "address", column = @Column(name = "broker_address")),
        @AttributeOverride(name = "country", column = @Column(name = "broker_country"))
    })
    private Party broker;

    @Embedded
    private Transport transport;

    @Embedded
    private Invoice invoice;

    @ElementCollection
    @CollectionTable(name = "declaration_items", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<Item> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declaration_documents", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<DocumentRef> documents = new ArrayList<>();

    protected LodgedContent() {}

    /** The names of a new declaration: its LRN, flow and gate never change afterwards. */
    protected void name(Lodgement lodgement) {
        this.lrn = lodgement.lrn();
        this.flow = lodgement.flow();
        this.gateCode = lodgement.gateCode();
    }

    /**
     * The content lodging and amending both set. Duties are computed from the items, never taken from the declarant.
     */
    protected void takeContent(Lodgement content, String hash) {
        this.contentHash = hash;
        this.procedureCode = content.procedureCode();
        this.submissionChannel = content.submissionChannel();
        this.declarant = content.declarant();
        this.counterparty = content.counterparty();
        this.broker = content.broker();
        this.transport = content.transport();
        this.invoice = content.invoice();
        this.items = new ArrayList<>(
                Duties.compute(flow, content.items(), content.invoice().exchangeRateVnd()));
        this.documents = new ArrayList<>(content.documents());
    }

    protected void addDocumentRef(DocumentRef document) {
        documents.add(document);
    }

    /**
     * Replaces the content by an amendment's, which keeps the LRN, gate and flow and the declarant (422 otherwise);
     * returns the content it had.
     */
    protected Lodgement replaceContent(Lodgement amended, String hash) {
        if (!amended.lrn().equals(lrn) || !amended.gateCode().equals(gateCode) || amended.flow() != flow) {
            throw new RuleViolationException(
                    "amendment-changes-identity",
                    "An amendment keeps the LRN, the gate and the flow; lodge a new declaration instead.");
        }
        if (!amended.declarant().taxId().equals(declarant.taxId())) {
            throw new RuleViolationException("amendment-changes-declarant", "An amendment keeps the declarant.");
        }
        Lodgement before = lodgement();
        takeContent(amended, hash);
        return before;
    }

    /** What registration refuses although the request was well formed. */
    public List<String> registrationProblems(LocalDate today) {
        return lodgement().registrationProblems(today);
    }

    /** The declaration's content as lodged or last amended. */
    public Lodgement lodgement() {
        return new Lodgement(
                lrn,
                flow,
                procedureCode,
                gateCode,
                submissionChannel,
                declarant,
                counterparty,
                broker,
                transport,
                invoice,
                items,
                documents);
    }

    public String lrn() {
        return lrn;
    }

    public String contentHash() {
        return contentHash;
    }

    public Flow flow() {
        return flow;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public UnitCode gateCode() {
        return gateCode;
    }

    public SubmissionChannel submissionChannel() {
        return submissionChannel;
    }

    public Party declarant() {
        return declarant;
    }

    public Counterparty counterparty() {
        return counterparty;
    }

    public Party broker() {
        return broker;
    }

    public Transport transport() {
        return transport;
    }

    public Invoice invoice() {
        return invoice;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public List<DocumentRef> documents() {
        return List.copyOf(documents);
    }
}
