import styles from "./profile.module.css";

/** A numbered profile section with a heading anchor, so every section can be linked. */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={styles.section}>
      <h2 id={`${id}-heading`}>
        <a href={`#${id}`} className={styles.anchor}>
          {title}
        </a>
      </h2>
      {intro ? <p className={styles.intro}>{intro}</p> : null}
      {children}
    </section>
  );
}
