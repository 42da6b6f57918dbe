package dev.statecraft.processor.emission;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.statecraft.processor.RuntimeNames;
import dev.statecraft.processor.analysis.GeneratedNames;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes the sibling type ({@code NumbersGen}) holding one factory per template and the machines.
 */
public final class GeneratedTypeEmitter {
  private GeneratedTypeEmitter() {}

  /** A template's contribution: its factory and its machine class. */
  public record Member(MethodSpec factory, TypeSpec machine) {}

  public static JavaFile emit(Elements elements, TypeElement owner, List<Member> members) {
    TypeSpec.Builder type = TypeSpec.classBuilder(GeneratedNames.simpleName(owner))
        .addOriginatingElement(owner)
        .addAnnotation(AnnotationSpec.builder(RuntimeNames.GENERATED)
            .addMember("value", "$S", RuntimeNames.PROCESSOR_NAME)
            .build())
        .addJavadoc("Factories for the generator and async templates of {@link $T}.\n",
            com.palantir.javapoet.ClassName.get(owner))
        .addModifiers(Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (isPublic(owner)) {
      type.addModifiers(Modifier.PUBLIC);
    }
    for (Member member : members) {
      type.addMethod(member.factory());
    }
    for (Member member : members) {
      type.addType(member.machine());
    }
    String packageName = elements.getPackageOf(owner).getQualifiedName().toString();
    return JavaFile.builder(packageName, type.build())
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  private static boolean isPublic(TypeElement owner) {
    for (javax.lang.model.element.Element e = owner; e instanceof TypeElement t;
        e = e.getEnclosingElement()) {
      if (!t.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
