package vn.customs.declarations.application;

/**
 * One reason a lodgement is refused, at one place of the request: {@code pointer} is a JSON pointer into the
 * body ({@code /gateCode}), {@code code} the rule ({@code gate-closed}), {@code message} what is wrong.
 */
public record FieldProblem(String pointer, String code, String message) {}
