import { Cells, count, type PrintProps } from '../print-parts';

export function Print({ block }: PrintProps<'video-notes'>) {
  const roles = block.roles.length > 0;
  return (
    <>
      <p className="ho-help">
        Video: <cite>{block.video.title}</cite> (youtube.com/watch?v={block.video.youtubeId}).
        {roles && ` Note who is watching for what: ${block.roles.map((r) => r.label).join('; ')}.`}
      </p>
      <table tabIndex={0} className="ho-table ho-notes">
        <thead>
          <tr>
            <th scope="col">Time</th>
            {roles && <th scope="col">Who</th>}
            <th scope="col">What you noticed</th>
          </tr>
        </thead>
        <tbody>
          {count(8).map((i) => (
            <tr key={i}>
              <Cells n={roles ? 3 : 2} short />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
