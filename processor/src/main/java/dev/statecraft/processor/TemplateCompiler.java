package dev.statecraft.processor;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import com.sun.source.util.Trees;
import dev.statecraft.processor.analysis.BodyAnalyzer;
import dev.statecraft.processor.analysis.BodyFacts;
import dev.statecraft.processor.analysis.LateBoxing;
import dev.statecraft.processor.analysis.Template;
import dev.statecraft.processor.emission.FactoryEmitter;
import dev.statecraft.processor.emission.GeneratedTypeEmitter.Member;
import dev.statecraft.processor.emission.LocalNames;
import dev.statecraft.processor.emission.MachineEmitter;
import dev.statecraft.processor.emission.MachineEmitter.MachineSignature;
import dev.statecraft.processor.emission.SourceSplicer;
import dev.statecraft.processor.lowering.AsyncLowering;
import dev.statecraft.processor.lowering.GeneratorLowering;
import dev.statecraft.processor.lowering.LoweredBody;
import dev.statecraft.processor.lowering.StateMachineLowering;
import dev.statecraft.processor.emission.TypeSpelling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Runs one template through the passes: analysis (errors stop here), lowering, emission of its
 * machine class and factory.
 */
final class TemplateCompiler {
  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final Diagnostics diagnostics;

  private final Set<String> generating;

  TemplateCompiler(Trees trees, Types types, Elements elements, Diagnostics diagnostics,
      Set<String> generating) {
    this.generating = generating;
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /** The template's factory and machine, or null when the template has errors. */
  Member compile(Template template, Set<String> machineNames) {
    int errorsBefore = diagnostics.errorCount();
    BodyFacts facts = BodyAnalyzer.analyze(trees, types, elements, diagnostics, template);
    for (String name : facts.unresolved()) {
      if (!generating.contains(name)) {
        // javac cannot resolve it yet: another processor may create it in a later round.
        throw new DeferTemplate();
      }
    }
    if (diagnostics.errorCount() > errorsBefore) {
      return null;
    }
    LocalNames names = new LocalNames();
    names.reserve(facts.innerNames());
    for (VariableElement local : facts.locals()) {
      names.declare(local);
    }
    String receiver = template.isStatic() ? null : names.allocate("self");
    SourceSplicer splicer = new SourceSplicer(trees, elements, template.unit(), template.owner(),
        names, facts.hoisted(), receiver);
    Map<TypeElement, String> movedTypeNames = new java.util.LinkedHashMap<>();
    Set<String> typeNames = new HashSet<>();
    for (TypeElement moved : facts.movedTypes().keySet()) {
      // A second local type of the same name is nested in a holder class, so it keeps its own
      // simple name (records print it); a local class (not static) is renamed instead.
      String name = moved.getSimpleName().toString();
      boolean nestable = moved.getKind() != javax.lang.model.element.ElementKind.CLASS;
      for (int i = 2; !typeNames.add(name); i++) {
        name = nestable ? moved.getSimpleName() + "Scope" + i + "." + moved.getSimpleName()
            : moved.getSimpleName() + Integer.toString(i);
      }
      movedTypeNames.put(moved, name);
    }
    splicer.moveTypes(movedTypeNames);
    TypeSpelling spelling = new TypeSpelling(types, shadowedTypeVariables(template));
    spelling.nameLocalTypes(movedTypeNames);
    StateMachineLowering lowering = template.isAsync()
        ? new AsyncLowering(
            template, facts, trees, types, elements, diagnostics, names, splicer, spelling)
        : new GeneratorLowering(
            template, facts, trees, types, elements, diagnostics, names, splicer, spelling);
    LoweredBody body = lowering.lower(movedTypeNames);
    String machineName = machineName(template, machineNames);
    MachineSignature signature =
        FactoryEmitter.signature(template, machineName, receiver, spelling);
    TypeSpec machine = MachineEmitter.emit(template, signature, body, spelling,
        LateBoxing.elementKind(template, facts, trees, types));
    List<String> parameterNames = new ArrayList<>();
    for (VariableElement parameter : template.method().getParameters()) {
      parameterNames.add(names.nameOf(parameter));
    }
    MethodSpec factory = FactoryEmitter.emit(template, signature, parameterNames, spelling);
    return new Member(factory, machine);
  }

  /**
   * The enclosing types' type variables that a method type variable of the same name shadows:
   * the factory declares both, so the enclosing type's gets its owner's name in front
   * ({@code T} of {@code Box<T>} becomes {@code BoxT}). The body only ever means the method's.
   */
  private static Map<TypeParameterElement, String> shadowedTypeVariables(Template template) {
    Map<TypeParameterElement, String> renamed = new HashMap<>();
    if (template.isStatic()) {
      return renamed;
    }
    Set<String> methodNames = new HashSet<>();
    for (TypeParameterElement parameter : template.method().getTypeParameters()) {
      methodNames.add(parameter.getSimpleName().toString());
    }
    for (Element e = template.owner(); e instanceof TypeElement type; e = e.getEnclosingElement()) {
      for (TypeParameterElement parameter : type.getTypeParameters()) {
        if (methodNames.contains(parameter.getSimpleName().toString())) {
          renamed.put(parameter, type.getSimpleName() + parameter.getSimpleName().toString());
        }
      }
    }
    return renamed;
  }

  private static String machineName(Template template, Set<String> taken) {
    String method = template.method().getSimpleName().toString();
    String base = Character.toUpperCase(method.charAt(0)) + method.substring(1) + "Machine";
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + i;
    }
    return name;
  }
}
