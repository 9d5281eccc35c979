/**
 * Every state a job can be in, in the order a run passes through them. `queued` waits for a free slot;
 * `preparing` is local work (the upload and the local face check); `held` waits for the operator's decision on
 * what the face check found, with no quota spent; `uploading` has spent the grant and the request is leaving;
 * `processing` means the request is with the service; `downloading` means the service's answer is kept and its
 * images are being fetched.
 */
export const JOB_STATES = [
  'queued',
  'preparing',
  'held',
  'uploading',
  'processing',
  'downloading',
  'done',
  'needs-attention',
  'failed',
  'cancelled'
] as const
