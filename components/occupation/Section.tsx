import { Suspense } from "react";

import styles from "./profile.module.css";

/**
 * A numbered profile section with a heading anchor, so every section can be linked.
 *
 * Each section is its own Suspense boundary although nothing in it suspends: React hydrates the
 * server HTML of a boundary after the page's shell, in small interruptible slices (offscreen
 * priority), instead of in one long task with the rest of the page. The HTML is the same.
 */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Suspense>
      <section id={id} aria-labelledby={`${id}-heading`} className={styles.section}>
        <h2 id={`${id}-heading`}>
          <a href={`#${id}`} className={styles.anchor}>
            {title}
          </a>
        </h2>
        {intro ? <p className={styles.intro}>{intro}</p> : null}
        {children}
      </section>
    </Suspense>
  );
}
