package dev.statecraft.processor.emission;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.statecraft.processor.RuntimeNames;
import dev.statecraft.processor.analysis.ResultShape;
import dev.statecraft.processor.analysis.Template;
import dev.statecraft.processor.lowering.LoweredBody;
import dev.statecraft.processor.lowering.MachineField;
import dev.statecraft.processor.lowering.State;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * Writes a lowered body as the machine class: its fields, a constructor taking the receiver and
 * the parameters, and the resume method {@code for (;;) switch (state) { case N: ... }}.
 */
public final class MachineEmitter {
  private MachineEmitter() {}

  /**
   * The machine class for {@code template}; {@code unboxed} is the primitive kind a boxed
   * generator keeps its elements as ({@link dev.statecraft.processor.analysis.LateBoxing}), or
   * null.
   */
  public static TypeSpec emit(Template template, MachineSignature signature, LoweredBody body,
      TypeSpelling spelling, TypeKind unboxed) {
    TypeSpec.Builder machine = TypeSpec.classBuilder(signature.machineName())
        .addJavadoc("The state machine of {@link $T#$L}.\n", ClassName.get(template.owner()),
            template.method().getSimpleName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addTypeVariables(signature.typeVariables())
        .superclass(superclass(template, spelling, unboxed));
    if (unboxed != null) {
      machine.addJavadoc("\n<p>Keeps each element as an {@code $L} until {@code next()} boxes it, so"
          + " that the JIT\ncan remove the box.\n", unboxed.name().toLowerCase(Locale.ROOT));
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    if (signature.receiver() != null) {
      machine.addField(FieldSpec.builder(signature.receiverType(), signature.receiver(),
          Modifier.PRIVATE, Modifier.FINAL).build());
      constructor.addParameter(signature.receiverType(), signature.receiver())
          .addStatement("this.$L = $L", signature.receiver(), signature.receiver());
    }
    for (MachineField field : body.fields()) {
      if (field.constant() != null) {
        machine.addField(FieldSpec.builder(field.type(), field.name(), Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL).initializer(field.constant()).build());
        continue;
      }
      machine.addField(FieldSpec.builder(field.type(), field.name(), Modifier.PRIVATE).build());
      if (field.parameter()) {
        constructor.addParameter(field.type(), field.name())
            .addStatement("this.$L = $L", field.name(), field.name());
      }
    }
    if (body.creationCode() != null) { // D18
      constructor
          .addComment("The body's first statements, run now: they only set this machine's locals")
          .addCode(body.creationCode());
    }
    machine.addMethod(constructor.build());
    machine.addMethod(resumeMethod(template, body));
    if (body.closeEntry() != null) {
      machine.addMethod(MethodSpec.methodBuilder("closeEntry")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PROTECTED)
          .returns(TypeName.INT)
          .addCode(body.closeEntry())
          .build());
    }
    return machine.build();
  }

  private static TypeName superclass(Template template, TypeSpelling spelling,
      TypeKind unboxed) {
    ResultShape shape = template.shape();
    TypeKind primitive = unboxed != null ? unboxed : shape.primitive();
    if (primitive != null) {
      return RuntimeNames.generatorMachine(primitive);
    }
    TypeName element = spelling.name(template.elementType());
    if (element.isPrimitive()) {
      element = element.box();
    }
    return ParameterizedTypeName.get(
        shape.isAsync() ? RuntimeNames.ASYNC_MACHINE : RuntimeNames.GENERATOR_MACHINE, element);
  }

  private static MethodSpec resumeMethod(Template template, LoweredBody body) {
    MethodSpec.Builder resume = MethodSpec.methodBuilder("resume")
        .addAnnotation(Override.class)
        .addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
            // States fall through into the next one, as the template's statements follow.
            .addMember("value", body.preamble().isEmpty()
                ? CodeBlock.of("$S", "fallthrough")
                : CodeBlock.of("{$S, $S}", "fallthrough", "unchecked")).build())
        .addModifiers(Modifier.PROTECTED)
        .returns(template.isAsync() ? TypeName.VOID : TypeName.BOOLEAN);
    if (body.throwsChecked()) {
      resume.addException(Throwable.class);
    }
    CodeBlock.Builder code = CodeBlock.builder().add(body.preamble()).add(body.resumeLocals());
    if (body.dispatchLabel() != null) {
      code.add("$L:\n", body.dispatchLabel());
    }
    code.add("for (;;) {\n$>");
    if (body.exceptionHandler() != null) {
      code.add("try {\n$>");
    }
    code.add("switch (state) {\n$>");
    for (State state : body.states()) {
      writeState(code, state);
    }
    code.add("default:\n$>throw new $T(state);\n$<", AssertionError.class);
    code.add("$<}\n");
    if (body.exceptionHandler() != null) {
      code.add("$<} catch ($T $L) {\n$>", Throwable.class, body.exceptionVariable());
      code.add(body.exceptionHandler());
      code.add("$<}\n");
    }
    code.add("$<}\n");
    return resume.addCode(code.build()).build();
  }

  private static void writeState(CodeBlock.Builder code, State state) {
    List<CodeBlock> statements = state.statements();
    if (statements.isEmpty()) {
      code.add("case $L:\n", state.number());
      return;
    }
    if (state.declaresLocals()) {
      code.add("case $L: {\n$>", state.number());
    } else {
      code.add("case $L:\n$>", state.number());
    }
    for (CodeBlock statement : statements) {
      code.add(statement);
    }
    code.add(state.declaresLocals() ? "$<}\n" : "$<");
  }

  /** The machine's name, receiver and type variables, shared with the factory. */
  public record MachineSignature(
      String machineName,
      String receiver,
      TypeName receiverType,
      List<TypeVariableName> typeVariables) {}
}
