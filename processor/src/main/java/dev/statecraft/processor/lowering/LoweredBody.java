package dev.statecraft.processor.lowering;

import java.util.List;

/**
 * A template body lowered to states, ready for emission.
 *
 * @param preamble code at the top of the resume method (local types, cached locals), or empty
 * @param resumeLocals the resume method's own locals, declared after the preamble (the async
 *     machine's awaited value), or empty
 * @param states the resume method's cases, state 0 first
 * @param fields the machine's fields in declaration order (parameters first)
 * @param dispatchLabel the dispatch loop's label when a jump names it, else null
 * @param throwsChecked whether the resume method must declare {@code throws Throwable}
 * @param exceptionVariable the name of the exception the dispatch loop catches
 * @param exceptionHandler the body of the dispatch loop's catch (a switch on the state), or null
 *     when no try is lowered
 * @param closeEntry the body of {@code closeEntry()}, or null when no finally can be pending
 * @param creationCode what the constructor runs of the body (effect-free code before the first
 *     loop, D18), or null
 */
public record LoweredBody(
    com.palantir.javapoet.CodeBlock preamble,
    com.palantir.javapoet.CodeBlock resumeLocals,
    List<State> states,
    List<MachineField> fields,
    String dispatchLabel,
    boolean throwsChecked,
    String exceptionVariable,
    com.palantir.javapoet.CodeBlock exceptionHandler,
    com.palantir.javapoet.CodeBlock closeEntry,
    com.palantir.javapoet.CodeBlock creationCode) {}
