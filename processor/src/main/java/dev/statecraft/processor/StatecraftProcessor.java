package dev.statecraft.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.sun.source.util.Trees;
import dev.statecraft.processor.analysis.GeneratedNames;
import dev.statecraft.processor.analysis.Template;
import dev.statecraft.processor.analysis.TemplateScanner;
import dev.statecraft.processor.emission.GeneratedTypeEmitter;
import dev.statecraft.processor.emission.GeneratedTypeEmitter.Member;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The Statecraft annotation processor: for every type with {@code @Generator} / {@code @Async}
 * methods it writes a sibling {@code ...Gen} type with one factory and one state machine per
 * template. Errors are reported per template at the tree to change; a type with any error gets
 * no file, and an unexpected failure becomes an error on the template, never a crash of javac.
 * The annotations are not claimed.
 */
@AutoService(Processor.class)
public final class StatecraftProcessor extends AbstractProcessor {
  private static final String GENERATOR = RuntimeNames.GENERATOR_ANNOTATION;
  private static final String ASYNC = RuntimeNames.ASYNC_ANNOTATION;

  private Trees trees;
  private Diagnostics diagnostics;
  private ProcessingEnvironment javac;
  /** Sibling types this processor writes (simple names), which a body may name unresolved. */
  private final Set<String> generating = new HashSet<>();
  /** Types whose bodies name something not yet resolved: retried next round, by name. */
  private final Set<String> deferred = new java.util.LinkedHashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(GENERATOR, ASYNC);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    javac = ProcessingEnvironments.unwrap(environment);
    try {
      trees = Trees.instance(javac);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      trees = null;
    }
    diagnostics = new Diagnostics(environment.getMessager(), trees);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Map<TypeElement, List<Template>> templatesByOwner = new LinkedHashMap<>();
    List<ExecutableElement> methods = new ArrayList<>();
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element.getKind() == ElementKind.METHOD) {
          methods.add((ExecutableElement) element);
        }
      }
    }
    methods.addAll(takeDeferred(round));
    for (ExecutableElement method : methods) {
      boolean async = method.getAnnotationMirrors().stream().anyMatch(a ->
          ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
              .contentEquals(ASYNC));
      if (trees == null) {
        diagnostics.error(method, "[StatecraftNeedsJavac]", "Statecraft reads method bodies"
            + " through javac's com.sun.source tree API, which this compiler ("
            + processingEnv.getClass().getName() + ") does not provide. Compile with javac"
            + " (Maven, Gradle and IntelliJ do by default).");
        continue;
      }
      scan(method, async, templatesByOwner);
    }
    for (TypeElement owner : templatesByOwner.keySet()) {
      generating.add(GeneratedNames.simpleName(owner));
    }
    for (Map.Entry<TypeElement, List<Template>> entry : templatesByOwner.entrySet()) {
      writeOwner(entry.getKey(), entry.getValue());
    }
    return false;
  }

  /**
   * The templates of types deferred by name from the previous round (elements are not stable
   * across rounds). In the last round nothing is deferred any more: javac reports the names that
   * are still unresolved, and those types get no generated file.
   */
  private List<ExecutableElement> takeDeferred(RoundEnvironment round) {
    List<ExecutableElement> methods = new ArrayList<>();
    Set<String> names = new java.util.LinkedHashSet<>(deferred);
    deferred.clear();
    if (round.processingOver()) {
      return methods;
    }
    for (String name : names) {
      TypeElement owner = javac.getElementUtils().getTypeElement(name);
      if (owner == null) {
        continue;
      }
      for (Element member : owner.getEnclosedElements()) {
        if (member.getKind() == ElementKind.METHOD && member.getAnnotationMirrors().stream()
            .anyMatch(a -> {
              String annotation = ((TypeElement) a.getAnnotationType().asElement())
                  .getQualifiedName().toString();
              return annotation.equals(GENERATOR) || annotation.equals(ASYNC);
            })) {
          methods.add((ExecutableElement) member);
        }
      }
    }
    return methods;
  }

  private void scan(ExecutableElement method, boolean async,
      Map<TypeElement, List<Template>> templatesByOwner) {
    TemplateScanner scanner = new TemplateScanner(trees, javac.getTypeUtils(),
        javac.getElementUtils(), diagnostics);
    try {
      Template template = scanner.scan(method, async);
      templatesByOwner.computeIfAbsent(template.owner(), owner -> new ArrayList<>()).add(template);
    } catch (AbortTemplate reported) {
      // the error is on the method; other templates go on
    } catch (RuntimeException | LinkageError failure) {
      diagnostics.internalError(method, failure);
    }
  }

  /** Compiles every template of {@code owner}; writes the sibling type only if all succeed. */
  private void writeOwner(TypeElement owner, List<Template> templates) {
    TemplateCompiler compiler = new TemplateCompiler(
        trees, javac.getTypeUtils(), javac.getElementUtils(), diagnostics, generating);
    List<Member> members = new ArrayList<>();
    Set<String> machineNames = new HashSet<>();
    boolean failed = false;
    templates.sort((a, b) -> Long.compare(position(a), position(b)));
    for (Template template : templates) {
      try {
        Member member = compiler.compile(template, machineNames);
        if (member == null) {
          failed = true;
        } else {
          members.add(member);
        }
      } catch (AbortTemplate reported) {
        failed = true;
      } catch (DeferTemplate unresolved) {
        deferred.add(owner.getQualifiedName().toString());
        return;
      } catch (RuntimeException | LinkageError failure) {
        diagnostics.internalError(template.method(), failure);
        failed = true;
      }
    }
    if (failed) {
      return;
    }
    JavaFile file = GeneratedTypeEmitter.emit(javac.getElementUtils(), owner, members);
    try {
      write(file);
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "[StatecraftWrite] Could not write " + file.packageName() + "." + file.typeSpec().name()
              + ": " + e.getMessage(), owner);
    }
  }

  /**
   * Writes {@code file} through the Filer as one string. JavaPoet's own {@code writeTo(Filer)}
   * streams every fragment (a keyword, a space, a name) into the Filer's writer, and each goes
   * through the charset encoder's synchronized write; rendering the file into a string first and
   * writing that once takes the encoder out of the emission (a JFR profile of 200 templates had
   * it at about an eighth of JavaPoet's time). As JavaPoet does, a file that could not be written
   * completely is deleted.
   */
  private void write(JavaFile file) throws IOException {
    String source = file.toString();
    String name = file.packageName().isEmpty()
        ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    JavaFileObject sourceFile = processingEnv.getFiler().createSourceFile(
        name, file.typeSpec().originatingElements().toArray(new Element[0]));
    try (Writer writer = sourceFile.openWriter()) {
      writer.write(source);
    } catch (IOException | RuntimeException e) {
      sourceFile.delete();
      throw e;
    }
  }

  private long position(Template template) {
    return trees.getSourcePositions().getStartPosition(template.unit(), template.tree());
  }
}
