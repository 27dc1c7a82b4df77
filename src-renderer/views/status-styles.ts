// Shared styles for loading, empty and error states.
import { css } from 'lit';

export const statusStyles = css`
  .status { color: var(--q-muted); padding: 1rem 0; }
  .status.error { color: var(--q-danger); }
`;
