package vn.customs.declarations.domain.declaration;

import vn.customs.contracts.declarations.DeclarationAmended;

/** What an amendment causes: its event, and the content it replaced (kept readable as the previous version). */
public record Amendment(Lodgement replaced, DeclarationAmended amended) {}
