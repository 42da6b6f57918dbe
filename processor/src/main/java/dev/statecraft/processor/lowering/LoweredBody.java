package dev.statecraft.processor.lowering;

import java.util.List;

/**
 * A template body lowered to states, ready for emission.
 *
 * @param states the resume method's cases, state 0 first
 * @param fields the machine's fields in declaration order (parameters first)
 * @param dispatchLabelled whether a jump names the dispatch loop ({@code continue dispatch;})
 * @param throwsChecked whether the resume method must declare {@code throws Throwable}
 * @param exceptionVariable the name of the exception the dispatch loop catches
 * @param exceptionHandler the body of the dispatch loop's catch (a switch on the state), or null
 *     when no try is lowered
 * @param closeEntry the body of {@code closeEntry()}, or null when no finally can be pending
 */
public record LoweredBody(
    List<State> states,
    List<MachineField> fields,
    boolean dispatchLabelled,
    boolean throwsChecked,
    String exceptionVariable,
    com.palantir.javapoet.CodeBlock exceptionHandler,
    com.palantir.javapoet.CodeBlock closeEntry) {}
