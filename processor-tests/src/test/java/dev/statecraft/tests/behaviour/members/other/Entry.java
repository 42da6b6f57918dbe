package dev.statecraft.tests.behaviour.members.other;

/** Shares its simple name with {@code java.util.Map.Entry}: generated code must not mix them up. */
public record Entry(String key, int weight) {}
