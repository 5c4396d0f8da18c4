import { useParams } from 'react-router';
import { LiveRoom } from '../room/RoomPage';

/** A demo meeting in the real room, on the demo's own socket (DEMO-1). */
export function DemoRoomPage() {
  const { demoId = '' } = useParams();
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const url = `${scheme}//${location.host}/api/demo/${encodeURIComponent(demoId)}/live`;
  return <LiveRoom key={demoId} meetingId={demoId} url={url} demo />;
}
