package dev.statecraft.processor.emission;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.statecraft.processor.RuntimeNames;
import dev.statecraft.processor.analysis.Template;
import dev.statecraft.processor.emission.MachineEmitter.MachineSignature;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;

/**
 * Writes a template's factory: same name, type parameters, parameters and return type as the
 * template (an instance template takes its receiver first), no {@code throws} clause.
 */
public final class FactoryEmitter {
  private FactoryEmitter() {}

  /** The machine's name, receiver and type variables for {@code template}. */
  public static MachineSignature signature(Template template, String machineName,
      String receiver, TypeSpelling spelling) {
    List<TypeVariableName> variables = new ArrayList<>();
    if (!template.isStatic()) {
      List<TypeElement> owners = new ArrayList<>();
      for (javax.lang.model.element.Element e = template.owner(); e instanceof TypeElement t;
          e = e.getEnclosingElement()) {
        owners.add(0, t);
        if (t.getModifiers().contains(Modifier.STATIC) || t.getKind().isInterface()) {
          break;
        }
      }
      for (TypeElement owner : owners) {
        for (TypeParameterElement parameter : owner.getTypeParameters()) {
          variables.add(spelling.variable(parameter));
        }
      }
    }
    for (TypeParameterElement parameter : template.method().getTypeParameters()) {
      variables.add(spelling.variable(parameter));
    }
    TypeName receiverType = template.isStatic() ? null : spelling.name(template.owner().asType());
    return new MachineSignature(machineName, template.isStatic() ? null : receiver, receiverType,
        variables);
  }

  /** The factory method. */
  public static MethodSpec emit(Template template, MachineSignature signature,
      List<String> parameterNames, TypeSpelling spelling) {
    MethodSpec.Builder factory = MethodSpec.methodBuilder(
            template.method().getSimpleName().toString())
        .addModifiers(Modifier.STATIC)
        .addTypeVariables(signature.typeVariables())
        .returns(spelling.name(template.method().getReturnType()))
        .varargs(template.method().isVarArgs());
    if (template.method().getModifiers().contains(Modifier.PUBLIC)) {
      factory.addModifiers(Modifier.PUBLIC);
    } else if (template.method().getModifiers().contains(Modifier.PROTECTED)) {
      factory.addModifiers(Modifier.PROTECTED);
    }
    factory.addJavadoc("Runs {@link $T#$L} as a state machine.\n",
        ClassName.get(template.owner()), template.method().getSimpleName());
    List<String> arguments = new ArrayList<>();
    if (signature.receiver() != null) {
      factory.addParameter(signature.receiverType(), signature.receiver());
      arguments.add(signature.receiver());
    }
    List<? extends VariableElement> parameters = template.method().getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      factory.addParameter(ParameterSpec.builder(
          spelling.name(parameters.get(i).asType()), parameterNames.get(i)).build());
      arguments.add(parameterNames.get(i));
    }
    CodeBlock construction = CodeBlock.of("new $L$L($L)", signature.machineName(),
        typeArguments(signature), String.join(", ", arguments));
    factory.addStatement(body(template, construction));
    return factory.build();
  }

  private static String typeArguments(MachineSignature signature) {
    if (signature.typeVariables().isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (TypeVariableName variable : signature.typeVariables()) {
      names.add(variable.name());
    }
    return "<" + String.join(", ", names) + ">";
  }

  private static CodeBlock body(Template template, CodeBlock construction) {
    return switch (template.shape()) {
      case ITERABLE -> CodeBlock.of("return () -> $L", construction);
      // The stream creates its machine when its terminal operation starts (MachineSpliterator).
      case STREAM, INT_STREAM, LONG_STREAM, DOUBLE_STREAM -> CodeBlock.of(
          "return $T.stream(() -> $L)",
          RuntimeNames.generatorMachine(template.shape().primitive()), construction);
      case COMPLETABLE_FUTURE, COMPLETION_STAGE -> CodeBlock.of("return $L.start()", construction);
      default -> CodeBlock.of("return $L", construction);
    };
  }

}
