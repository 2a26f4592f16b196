export { WaiverRequestsQueue } from './WaiverRequestsQueue';
export { useEntityWaiverRequests } from './useEntityWaiverRequests';
export { WaiverRequestList } from './WaiverRequestList';
export { RequestWaiverDialog } from './RequestWaiverDialog';
